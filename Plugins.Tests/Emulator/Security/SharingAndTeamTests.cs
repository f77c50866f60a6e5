using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Emulator.Security;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Security;

/// <summary>
/// Owner teams and their roles (learn.microsoft.com/power-platform/admin/manage-teams: members inherit the
/// team's privileges), sharing (learn.microsoft.com/power-apps/developer/data-platform/security-sharing-assigning:
/// GrantAccess, ModifyAccess, RevokeAccess, RetrievePrincipalAccess), and SYSTEM / System Administrator.
/// </summary>
[TestClass]
public sealed class SharingAndTeamTests
{
    private Org org = null!;
    private User riley = null!;
    private User pat = null!;
    private Guid rileys;

    [TestInitialize]
    public void Arrange()
    {
        org = Org.CreateSecured();
        org.Security.AddRole(SecurityAssert.AllOn("Own accounts", AccessDepth.Basic, "account"));
        riley = org.Security.AddUser("Riley Rep", roles: new[] { "Own accounts" });
        pat = org.Security.AddUser("Pat Peer", roles: new[] { "Own accounts" });
        rileys = org.ServiceFor(riley).Create(new Entity("account") { ["name"] = "Riley's" });
    }

    private EntityReference Rileys => new("account", rileys);

    private void Grant(User by, EntityReference principal, AccessRights rights) =>
        org.ServiceFor(by).Execute(new GrantAccessRequest { Target = Rileys, PrincipalAccess = new PrincipalAccess { Principal = principal, AccessMask = rights } });

    [TestMethod]
    public void A_shared_record_is_read_with_the_rights_shared_and_no_more()
    {
        SecurityAssert.OutOfReach("ReadAccess", () => org.ServiceFor(pat).Retrieve("account", rileys, new ColumnSet("name")));

        Grant(riley, pat, AccessRights.ReadAccess);
        Assert.AreEqual("Riley's", org.ServiceFor(pat).Retrieve("account", rileys, new ColumnSet("name"))["name"]);
        Assert.AreEqual(1, org.ServiceFor(pat).RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities.Count);
        SecurityAssert.OutOfReach("WriteAccess", () => org.ServiceFor(pat).Update(new Entity("account", rileys) { ["name"] = "Pat's now" }));

        Grant(riley, pat, AccessRights.WriteAccess);
        org.ServiceFor(pat).Update(new Entity("account", rileys) { ["name"] = "Renamed by Pat" });
        Assert.AreEqual("Renamed by Pat", org.Read("account", rileys)!["name"]);
        Assert.AreEqual(AccessRights.ReadAccess | AccessRights.WriteAccess, org.Security.Shares.Single().Rights, "GrantAccess adds to what was shared");
    }

    [TestMethod]
    public void ModifyAccess_replaces_the_rights_and_RevokeAccess_removes_them()
    {
        Grant(riley, pat, AccessRights.ReadAccess | AccessRights.WriteAccess);
        org.ServiceFor(riley).Execute(new ModifyAccessRequest { Target = Rileys, PrincipalAccess = new PrincipalAccess { Principal = pat, AccessMask = AccessRights.ReadAccess } });
        SecurityAssert.OutOfReach("WriteAccess", () => org.ServiceFor(pat).Update(new Entity("account", rileys) { ["name"] = "x" }));
        org.ServiceFor(pat).Retrieve("account", rileys, new ColumnSet("name"));

        org.ServiceFor(riley).Execute(new RevokeAccessRequest { Target = Rileys, Revokee = pat });
        SecurityAssert.OutOfReach("ReadAccess", () => org.ServiceFor(pat).Retrieve("account", rileys, new ColumnSet("name")));
        Assert.AreEqual(0, org.Security.Shares.Count);
    }

    [TestMethod]
    public void Sharing_needs_the_share_privilege_and_only_shares_rights_the_user_holds()
    {
        var noShare = org.Security.AddRole(SecurityRole.Define("No share").Grant("account", AccessDepth.Basic, Access.Create, Access.Read));
        var reader = org.Security.AddUser("Ray Reader", roles: new[] { noShare.Name });
        var own = org.ServiceFor(reader).Create(new Entity("account") { ["name"] = "Ray's" });
        SecurityAssert.MissingPrivilege("prvShareAccount", () => org.ServiceFor(reader).Execute(new GrantAccessRequest
        {
            Target = new EntityReference("account", own),
            PrincipalAccess = new PrincipalAccess { Principal = pat, AccessMask = AccessRights.ReadAccess },
        }));

        SecurityAssert.OutOfReach("ShareAccess", () => Grant(pat, pat, AccessRights.ReadAccess));
        Assert.AreEqual(0, org.Security.Shares.Count);
    }

    [TestMethod]
    public void A_share_gives_nothing_to_a_principal_without_the_privilege()
    {
        var nobody = org.Security.AddUser("No Roles");
        Grant(riley, nobody, AccessRights.ReadAccess);
        SecurityAssert.MissingPrivilege("prvReadAccount", () => org.ServiceFor(nobody).Retrieve("account", rileys, new ColumnSet("name")));
    }

    [TestMethod]
    public void A_share_made_in_a_failed_transaction_is_undone()
    {
        var transaction = new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new GrantAccessRequest { Target = Rileys, PrincipalAccess = new PrincipalAccess { Principal = pat, AccessMask = AccessRights.ReadAccess } },
                new DeleteRequest { Target = new EntityReference("account", Guid.NewGuid()) },
            },
        };
        Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => org.ServiceFor(riley).Execute(transaction));
        Assert.AreEqual(0, org.Security.Shares.Count);
    }

    [TestMethod]
    public void RetrievePrincipalAccess_answers_the_rights_of_a_user_and_of_a_team()
    {
        AccessRights RightsOf(EntityReference principal) =>
            ((RetrievePrincipalAccessResponse)org.ServiceFor(riley).Execute(new RetrievePrincipalAccessRequest { Target = Rileys, Principal = principal })).AccessRights;

        var everything = AccessRights.ReadAccess | AccessRights.WriteAccess | AccessRights.DeleteAccess | AccessRights.AppendAccess
            | AccessRights.AppendToAccess | AccessRights.AssignAccess | AccessRights.ShareAccess;
        Assert.AreEqual(everything, RightsOf(riley));
        Assert.AreEqual(AccessRights.None, RightsOf(pat));
        Grant(riley, pat, AccessRights.ReadAccess | AccessRights.AppendToAccess);
        Assert.AreEqual(AccessRights.ReadAccess | AccessRights.AppendToAccess, RightsOf(pat));

        var team = org.Security.AddTeam("Reviewers");
        Grant(riley, team, AccessRights.ReadAccess);
        Assert.AreEqual(AccessRights.ReadAccess, RightsOf(team));
        Assert.AreEqual(org.Security.RightsOf(pat, Rileys), RightsOf(pat));
    }

    [TestMethod]
    public void Members_of_an_owner_team_inherit_its_roles_at_the_teams_business_unit()
    {
        var west = org.BusinessUnits.Add("West");
        var westRep = org.Security.AddUser("Wendy West", west, roles: new[] { "Own accounts" });
        var westAccount = org.ServiceFor(westRep).Create(new Entity("account") { ["name"] = "West's" });
        org.Security.AddRole(SecurityRole.Define("Unit accounts reader").Grant(Access.Read, "account", AccessDepth.Local));
        var nobody = org.Security.AddUser("Nolan", org.BusinessUnits.Root);

        org.Security.AddTeam("West readers", west, new[] { "Unit accounts reader" }, nobody);
        Assert.AreEqual("West's", org.ServiceFor(nobody).Retrieve("account", westAccount, new ColumnSet("name"))["name"]);
        SecurityAssert.OutOfReach("ReadAccess", () => org.ServiceFor(nobody).Retrieve("account", rileys, new ColumnSet("name")));
    }

    [TestMethod]
    public void Basic_depth_reaches_rows_owned_by_the_users_team_and_a_team_role_at_Basic_reaches_the_teams_rows()
    {
        var team = org.Security.AddTeam("Deal desk", members: riley);
        var teamAccount = org.AsSystem.Create(new Entity("account") { ["name"] = "Team's", ["ownerid"] = team.ToEntityReference() });
        Assert.AreEqual("Team's", org.ServiceFor(riley).Retrieve("account", teamAccount, new ColumnSet("name"))["name"]);
        SecurityAssert.OutOfReach("ReadAccess", () => org.ServiceFor(pat).Retrieve("account", teamAccount, new ColumnSet("name")));

        var member = org.Security.AddUser("Mo Member");
        org.Security.AddRole(SecurityRole.Define("Team-owned reader").Grant(Access.Read, "account", AccessDepth.Basic));
        org.Security.AddTeam("Readers", null, new[] { "Team-owned reader" }, member);
        var readersTeam = org.Teams["Readers"];
        var readersAccount = org.AsSystem.Create(new Entity("account") { ["name"] = "Readers'", ["ownerid"] = readersTeam.ToEntityReference() });
        Assert.AreEqual("Readers'", org.ServiceFor(member).Retrieve("account", readersAccount, new ColumnSet("name"))["name"]);
        SecurityAssert.OutOfReach("ReadAccess", () => org.ServiceFor(member).Retrieve("account", rileys, new ColumnSet("name")));
    }

    [TestMethod]
    public void SYSTEM_and_System_Administrator_pass_every_check_directly_or_through_a_team()
    {
        Assert.AreEqual("Riley's", org.AsSystem.Retrieve("account", rileys, new ColumnSet("name"))["name"]);

        var admin = org.Security.AddUser("Ada Admin", roles: new[] { StandardRoles.SystemAdministrator });
        org.ServiceFor(admin).Update(new Entity("account", rileys) { ["name"] = "Fixed by admin" });
        var viaTeam = org.Security.AddUser("Tom Teamadmin");
        org.Security.AddTeam("Admins", null, new[] { StandardRoles.SystemAdministrator }, viaTeam);
        org.ServiceFor(viaTeam).Delete("account", rileys);
        Assert.IsNull(org.Read("account", rileys));
    }

    [TestMethod]
    public void Requests_in_a_batch_and_an_Upsert_are_checked_as_the_caller()
    {
        var nobody = org.Security.AddUser("No Roles");
        var batch = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("account") { ["name"] = "Batch" } } },
        };
        var response = (ExecuteMultipleResponse)org.ServiceFor(nobody).Execute(batch);
        Assert.AreEqual(Faults.PrivilegeDenied, response.Responses.Single().Fault.ErrorCode);

        SecurityAssert.MissingPrivilege("prvWriteAccount", () => org.ServiceFor(nobody).Execute(new UpsertRequest { Target = new Entity("account", rileys) { ["name"] = "Upserted" } }));
        Assert.AreEqual("Riley's", org.Read("account", rileys)!["name"]);
    }

    [TestMethod]
    public void A_user_shares_only_the_rights_they_hold_on_the_record()
    {
        var sharer = org.Security.AddRole(SecurityRole.Define("Global sharer")
            .Grant("account", AccessDepth.Global, Access.Read, Access.Share)
            .Grant("account", AccessDepth.Basic, Access.Write));
        var lead = org.Security.AddUser("Lee Lead", roles: new[] { sharer.Name });

        SecurityAssert.OutOfReach("WriteAccess", () => Grant(lead, pat, AccessRights.ReadAccess | AccessRights.WriteAccess));
        Assert.AreEqual(0, org.Security.Shares.Count);
        Grant(lead, pat, AccessRights.ReadAccess);
        Assert.AreEqual(AccessRights.ReadAccess, org.Security.Shares.Single().Rights);
    }

    [TestMethod]
    public void Associate_needs_AppendTo_on_the_target_and_Append_on_each_related_row()
    {
        var role = org.Security.AddRole(SecurityAssert.AllOn("Own contacts", AccessDepth.Basic, "contact").Grant(Access.Read, "account", AccessDepth.Global));
        var user = org.Security.AddUser("Cora Contacts", roles: new[] { role.Name });
        var contact = org.ServiceFor(user).Create(new Entity("contact") { ["lastname"] = "Doe" });
        var related = new EntityReferenceCollection { new EntityReference("contact", contact) };

        SecurityAssert.MissingPrivilege("prvAppendToAccount", () => org.ServiceFor(user).Associate("account", rileys, new Relationship("contact_customer_accounts"), related));
        Assert.IsNull(org.Read("contact", contact)!.GetAttributeValue<EntityReference>("parentcustomerid"));

        role.Grant(Access.AppendTo, "account", AccessDepth.Global);
        org.ServiceFor(user).Associate("account", rileys, new Relationship("contact_customer_accounts"), related);
        Assert.AreEqual(rileys, org.Read("contact", contact)!.GetAttributeValue<EntityReference>("parentcustomerid").Id);
        SecurityAssert.MissingPrivilege("prvAppendContact", () => org.ServiceFor(riley).Associate("account", rileys, new Relationship("contact_customer_accounts"), related));
    }
}
