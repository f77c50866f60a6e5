using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// The subgrids of the packed forms run as the app runs them: the subgrid's view (ViewId) restricted to the rows whose
    /// lookup of the subgrid's relationship (RelationshipName's referencing column) is the open record, as the user who
    /// opened it, on rows the plugins wrote as reps filed requests and managers stepped in.
    /// </summary>
    [TestClass]
    public sealed class FormSubgridTests
    {
        [TestMethod]
        [ShippedView("Coaching Topic Associated View")]
        [ShippedView("Help Request Associated View")]
        public void The_session_form_lists_the_sessions_topics_and_parked_requests_for_the_rep_and_the_manager()
        {
            var org = new SalesOrg();
            var rileys = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(2));
            var sams = org.PlanSession(org.Max, org.Sam, org.Org.Now.AddDays(2));
            var request = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso").About(org.RileysDeal));
            org.File(org.Sam, HelpRequestDesk.NonUrgent("Legal terms for Fabrikam").About(org.SamsDeal));
            org.NoAsyncFailures();
            var topic = org.TopicsOf(rileys).Single().Id;
            var form = PackedForms.Form(CoachingSession.EntityName, "main", "Coaching Session");

            foreach (var user in new[] { org.Riley, org.Max })
            {
                CollectionAssert.AreEqual(new[] { topic }, Run(org, user, form, "Topics", rileys), $"Topics for {user.FullName}");
                CollectionAssert.AreEqual(new[] { request }, Run(org, user, form, "ParkedRequests", rileys), $"Parked requests for {user.FullName}");
            }

            Assert.AreEqual(1, Run(org, org.Max, form, "ParkedRequests", sams).Count, "Sam's session lists Sam's request only");
        }

        [TestMethod]
        [ShippedView("Dependency Signal Associated View")]
        public void The_deal_form_lists_the_deals_signals_for_its_manager()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            org.LogActivity(org.Max, org.RileysDeal);
            org.Edit(org.Max, org.SamsDeal, Opportunity.SalesStage);
            org.NoAsyncFailures();
            var form = PackedForms.Form(Opportunity.EntityName, "main", "Deal approval");
            var rileysSignals = org.Signals().Where(signal => signal.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>(DependencySignal.OpportunityId)?.Id == org.RileysDeal).Select(signal => signal.Id).ToList();

            Assert.AreEqual(2, rileysSignals.Count, "an edit and an activity");
            CollectionAssert.AreEquivalent(rileysSignals, Run(org, org.Max, form, "DealSignals", org.RileysDeal));
            CollectionAssert.AreEquivalent(rileysSignals, Run(org, org.Riley, form, "DealSignals", org.RileysDeal), "the rep reads the signals behind their score");
        }

        [TestMethod]
        public void The_session_forms_timeline_shows_the_sessions_appointment_to_the_rep_and_the_manager()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(2));
            org.NoAsyncFailures();

            Assert.IsTrue(PackedForms.HasTimeline(PackedForms.Form(CoachingSession.EntityName, "main", "Coaching Session")));
            Assert.IsTrue(org.Org.Metadata.FindTable(CoachingSession.EntityName)!.HasActivities, "activities are enabled on the session, so its timeline lists them");
            foreach (var user in new[] { org.Riley, org.Max })
            {
                // What the timeline asks for: the activities regarding the open record.
                var query = new QueryExpression("activitypointer") { ColumnSet = new ColumnSet("activitytypecode", "subject") };
                query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, session);
                var activities = org.As(user).RetrieveMultiple(query).Entities;
                CollectionAssert.AreEqual(new[] { Appointment.EntityName }, activities.Select(a => a.GetAttributeValue<string>("activitytypecode")).ToList(), $"the appointment, for {user.FullName}");
            }
        }

        private static List<Guid> Run(SalesOrg org, User user, XElement form, string gridId, Guid recordId)
        {
            var grid = PackedForms.Subgrids(form).Single(candidate => candidate.Id == gridId);
            var relationship = PackedForms.Package.Customizations.Element("EntityRelationships")!.Elements("EntityRelationship")
                .Single(r => string.Equals((string)r.Attribute("Name")!, grid.Relationship, StringComparison.OrdinalIgnoreCase));
            var lookup = relationship.Element("ReferencingAttributeName")!.Value.ToLowerInvariant();
            var fetch = new XElement(PackedForms.Package.Entity(grid.Target).Descendants("savedquery")
                .Single(view => Guid.Parse((string)view.Element("savedqueryid")!) == grid.View).Element("fetchxml")!.Element("fetch")!);
            fetch.Element("entity")!.Add(new XElement("filter", new XAttribute("type", "and"),
                new XElement("condition", new XAttribute("attribute", lookup), new XAttribute("operator", "eq"), new XAttribute("value", recordId))));
            return org.As(user).RetrieveMultiple(new FetchExpression(fetch.ToString())).Entities.Select(row => row.Id).ToList();
        }
    }
}
