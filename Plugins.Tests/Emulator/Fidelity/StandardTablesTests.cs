using System;
using System.Linq;
using System.Text;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Plugins.Registration;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Fidelity;

/// <summary>
/// The standard tables and columns the most common plug-ins touch: a follow-up task with its category, a
/// note with an attachment, and the System Administrator check through role.roletemplateid.
/// </summary>
[TestClass]
public sealed class StandardTablesTests
{
    // Learn, "Tutorial: Write and register a plug-in" (https://learn.microsoft.com/power-apps/developer/data-platform/tutorial-write-plug-in):
    // the follow-up plug-in creates a task regarding the new account, with its category set; task columns
    // category and subcategory as in the Task table reference (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task).
    [TestMethod]
    public void The_follow_up_plugin_creates_a_task_with_its_category_regarding_the_new_account()
    {
        var team = new SalesTeam();
        team.Org.Register<FollowUpPlugin>();

        var account = team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });

        var task = team.Org.Rows("task").Single();
        Assert.AreEqual("account", task["category"]);
        Assert.AreEqual("new customer", task["subcategory"]);
        Assert.AreEqual(account, task.GetAttributeValue<EntityReference>("regardingobjectid").Id);
        Assert.AreEqual(team.Org.Now.AddDays(7), task["scheduledend"]);
        Assert.AreEqual("account", team.Org.Rows("activitypointer").Single()["category"], "activitypointer shows the category too");
    }

    // Learn, Note (Annotation) table reference (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/annotation):
    // documentbody holds the attachment in base64, filename and mimetype describe it, filesize (read-only) is its size in bytes.
    [TestMethod]
    public void A_plugin_exports_query_results_to_a_note_attached_to_the_row()
    {
        var team = new SalesTeam();
        var contoso = team.Account("Contoso");
        team.Contact("Adams", contoso);
        team.Contact("Baker", contoso);
        team.Org.Register(new StepRegistration(
            Guid.NewGuid(), "export contacts", typeof(ExportToNotePlugin), "Update", "account", PipelineStage.PostOperation, ExecutionMode.Synchronous, 1, new[] { "description" }, null, Array.Empty<ImageRegistration>()));

        team.AsManager.Update(new Entity("account", contoso) { ["description"] = "export please" });

        var note = team.Org.Rows("annotation").Single();
        Assert.AreEqual("Contacts of Contoso", note["subject"]);
        Assert.IsTrue((bool)note["isdocument"]);
        Assert.AreEqual("contacts.csv", note["filename"]);
        Assert.AreEqual("text/csv", note["mimetype"]);
        Assert.AreEqual("lastname\nAdams\nBaker\n", Encoding.UTF8.GetString(Convert.FromBase64String((string)note["documentbody"])));
        Assert.AreEqual(21, note["filesize"], "the decoded size, computed by the platform");
        Assert.AreEqual("account", note["objecttypecode"]);
        Assert.AreEqual(team.Manager.Id, note.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [TestMethod]
    public void A_note_is_plain_text_by_default_and_its_attachment_must_be_base64()
    {
        var team = new SalesTeam();
        var contoso = team.Account("Contoso");
        var text = team.AsRep.Create(new Entity("annotation") { ["subject"] = "Call notes", ["notetext"] = "Spoke to Ann", ["objectid"] = new EntityReference("account", contoso) });
        Assert.IsFalse((bool)team.Org.Read("annotation", text)!["isdocument"]);
        Assert.IsFalse(team.Org.Read("annotation", text)!.Contains("filesize"));

        var fault = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(new Entity("annotation")
        {
            ["subject"] = "Broken", ["documentbody"] = "not base64!", ["objectid"] = new EntityReference("account", contoso),
        }));

        StringAssert.Contains(fault.Message, "base64");
        Assert.HasCount(1, team.Org.Rows("annotation"), "nothing saved for the bad note");
    }

    [TestMethod]
    public void A_note_goes_with_the_row_it_is_attached_to_and_only_notes_enabled_tables_take_one()
    {
        var team = new SalesTeam();
        var contoso = team.Account("Contoso");
        team.AsRep.Create(new Entity("annotation") { ["subject"] = "About Contoso", ["objectid"] = new EntityReference("account", contoso) });

        team.AsRep.Delete("account", contoso);
        Assert.IsEmpty(team.Org.Rows("annotation"));

        var currency = team.Org.Rows("transactioncurrency").Single().Id;
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(new Entity("annotation") { ["subject"] = "x", ["objectid"] = new EntityReference("transactioncurrency", currency) }));
    }

    // Learn, Security role (Role) table reference (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/role):
    // roletemplateid is the template a role comes from; plug-ins recognize the System Administrator role by its template.
    [TestMethod]
    public void A_plugin_tells_a_system_administrator_by_the_role_template()
    {
        var team = new SalesTeam();
        var admin = team.Org.Seed(new Entity("role")
        {
            ["name"] = "System Administrator",
            ["businessunitid"] = team.Org.BusinessUnits.Root.ToEntityReference(),
            ["roletemplateid"] = new EntityReference("roletemplate", StandardTables.RoleTemplates.SystemAdministrator),
        });
        team.AsManager.Associate("systemuser", team.Director.Id, new Relationship("systemuserroles_association"), new EntityReferenceCollection { new EntityReference("role", admin) });
        team.Org.Register<AdministratorCheckPlugin>();

        team.Org.ServiceFor(team.Director).Create(new Entity("account") { ["name"] = "By the admin" });
        Assert.Contains("administrator: True", team.Org.LastOperation!.StepsRan.Single().Trace);

        team.AsRep.Create(new Entity("account") { ["name"] = "By the rep" });
        Assert.Contains("administrator: False", team.Org.LastOperation!.StepsRan.Single().Trace);
        Assert.AreEqual("System Administrator", team.Org.Read("roletemplate", StandardTables.RoleTemplates.SystemAdministrator)!["name"], "every org has the template");
    }

    [Step("Create", "account", PipelineStage.PostOperation)]
    public sealed class FollowUpPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(context.UserId);
            service.Create(new Entity("task")
            {
                ["subject"] = "Send e-mail to the new customer.",
                ["category"] = context.PrimaryEntityName,
                ["subcategory"] = "new customer",
                ["scheduledend"] = context.OperationCreatedOn.AddDays(7),
                ["regardingobjectid"] = new EntityReference(context.PrimaryEntityName, (Guid)context.OutputParameters["id"]),
            });
        }
    }

    public sealed class ExportToNotePlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(context.UserId);
            var account = service.Retrieve("account", context.PrimaryEntityId, new ColumnSet("name"));
            var contacts = service.RetrieveMultiple(new FetchExpression(
                $"<fetch><entity name='contact'><attribute name='lastname' /><order attribute='lastname' /><filter><condition attribute='parentcustomerid' operator='eq' value='{context.PrimaryEntityId}' /></filter></entity></fetch>"));
            var csv = new StringBuilder("lastname\n");
            foreach (var contact in contacts.Entities)
            {
                csv.Append(contact["lastname"]).Append('\n');
            }

            service.Create(new Entity("annotation")
            {
                ["subject"] = $"Contacts of {account["name"]}",
                ["isdocument"] = true,
                ["filename"] = "contacts.csv",
                ["mimetype"] = "text/csv",
                ["documentbody"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(csv.ToString())),
                ["objectid"] = new EntityReference("account", context.PrimaryEntityId),
            });
        }
    }

    [Step("Create", "account", PipelineStage.PreOperation)]
    public sealed class AdministratorCheckPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
            var query = new QueryExpression("role") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("roletemplateid", ConditionOperator.Equal, StandardTables.RoleTemplates.SystemAdministrator);
            var membership = query.AddLink("systemuserroles", "roleid", "roleid");
            membership.LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, context.InitiatingUserId);
            var isAdministrator = service.RetrieveMultiple(query).Entities.Count > 0;
            ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("administrator: {0}", isAdministrator);
        }
    }
}
