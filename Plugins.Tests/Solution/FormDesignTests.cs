using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Bookkeeping;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// The forms as the packed zip ships them, designed for the people who open them: FormXml as exports write it (Learn,
    /// "Form XML schema": tabs, sections, cells with rowspan/colspan followed by their empty rows, subgrid controls
    /// {E7A81278-…} with TargetEntityType, RelationshipName and ViewId, the timeline {06375649-…}, formLibraries and
    /// events with handlers). Every field a form shows is a column of its table in the emulator's metadata (the standard
    /// tables and the solution's), no bookkeeping column is on a form, and every column a user fills explains itself in
    /// its description (the tooltip the form shows).
    /// </summary>
    [TestClass]
    public sealed class FormDesignTests
    {
        [TestMethod]
        public void Every_field_a_form_shows_is_a_column_of_its_table()
        {
            var metadata = new SalesOrg().Org.Metadata;
            var checkedFields = 0;
            foreach (var (table, type, form) in PackedForms.All)
            {
                var definition = metadata.FindTable(table);
                Assert.IsNotNull(definition, $"the {type} form '{PackedForms.Name(form)}' is on '{table}', a table the org does not have");
                foreach (var field in PackedForms.Fields(form))
                {
                    Assert.IsTrue(definition!.HasColumn(field), $"the {type} form '{PackedForms.Name(form)}' of {table} shows '{field}', which {table} does not have");
                    checkedFields++;
                }
            }

            Assert.IsTrue(checkedFields > 100, $"only {checkedFields} fields were read: the forms were not found");
        }

        [TestMethod]
        public void No_bookkeeping_column_is_on_any_form()
        {
            var shown = PackedForms.All.SelectMany(form => PackedForms.Fields(form.Form).Select(field => (form.Table, Field: field, Form: PackedForms.Name(form.Form)))).ToList();

            foreach (var column in SuiteColumns.Bookkeeping)
            {
                var on = shown.Where(field => field.Table == column.Table && field.Field == column.Column).Select(field => field.Form).ToList();
                Assert.AreEqual(0, on.Count, $"{column.Table}.{column.Column} ({column.Why}) is on the form(s) {string.Join(", ", on)}");
                Assert.IsTrue(PackedForms.Attributes(column.Table).ContainsKey(column.Column), $"{column.Table}.{column.Column} is a column of the zip");
            }
        }

        [TestMethod]
        public void Every_column_a_user_fills_and_every_custom_column_on_a_form_has_a_description()
        {
            var bookkeeping = SuiteColumns.Bookkeeping.Select(column => (column.Table, column.Column)).ToHashSet();
            var suiteWritten = SuiteColumns.All.Select(column => (column.Table, column.Column)).ToHashSet();
            var suiteTables = SuiteColumns.Records.Select(record => record.Table).ToHashSet();
            var missing = new List<string>();
            var userFilled = 0;
            foreach (var entity in PackedForms.Package.Entities)
            {
                var table = entity.Element("Name")!.Value.ToLowerInvariant();
                var onForms = PackedForms.All.Where(form => form.Table == table).SelectMany(form => PackedForms.Fields(form.Form)).ToHashSet();
                foreach (var (name, attribute) in PackedForms.Attributes(table).Where(pair => pair.Key.StartsWith("cri_", StringComparison.Ordinal)))
                {
                    if (attribute.Element("Type")!.Value == "primarykey")
                    {
                        continue;
                    }

                    var filledByUsers = !suiteTables.Contains(table) && !suiteWritten.Contains((table, name)) && !bookkeeping.Contains((table, name));
                    userFilled += filledByUsers ? 1 : 0;
                    if ((filledByUsers || onForms.Contains(name)) && PackedForms.Description(attribute).Trim().Length < 15)
                    {
                        missing.Add($"{table}.{name}");
                    }
                }
            }

            Assert.IsTrue(userFilled > 40, $"only {userFilled} user-filled columns were read");
            Assert.AreEqual(0, missing.Count, "no description (tooltip): " + string.Join(", ", missing));
        }

        [TestMethod]
        public void The_coaching_session_form_puts_the_agenda_full_width_with_the_topics_parked_requests_hold_or_skip_and_timeline()
        {
            var form = PackedForms.Form(CoachingSession.EntityName, "main", "Coaching Session");

            var agenda = PackedForms.Section(form, "agenda");
            Assert.AreEqual("100%", (string)agenda.Parent!.Parent!.Attribute("width")!, "the agenda's column is the tab's only column");
            Assert.AreEqual(1, agenda.Parent!.Parent!.Parent!.Elements("column").Count());
            Assert.IsNull(agenda.Attribute("columns"), "a one-column section: the agenda is the section's width");
            var cell = PackedForms.Control(agenda, CoachingSession.Agenda).Parent!;
            Assert.AreEqual("{E0DECE4B-6FC8-4a8f-A065-082708572369}", (string)cell.Element("control")!.Attribute("classid")!, "multi-line text");
            var rows = int.Parse((string)cell.Attribute("rowspan")!);
            Assert.IsTrue(rows >= 10, "a readable height, not a default one-line box");
            Assert.AreEqual(rows - 1, cell.Parent!.ElementsAfterSelf("row").TakeWhile(row => !row.HasElements).Count(), "the rows the agenda spans follow it empty, as exports write them");

            CollectionAssert.AreEqual(new[] { ("Topics", CoachingTopic.EntityName, "cri_coachingtopic_CoachingSessionId_cri_coachingsession") },
                PackedForms.Subgrids(PackedForms.Section(form, "topics")).Select(grid => (grid.Id, grid.Target, grid.Relationship)).ToList());
            CollectionAssert.AreEqual(new[] { ("ParkedRequests", HelpRequest.EntityName, "cri_helprequest_CoachingSessionId_cri_coachingsession") },
                PackedForms.Subgrids(PackedForms.Section(form, "parkedrequests")).Select(grid => (grid.Id, grid.Target, grid.Relationship)).ToList());

            var holdOrSkip = PackedForms.Section(form, "holdorskip");
            Assert.AreEqual("Hold or skip", PackedForms.Label(holdOrSkip));
            CollectionAssert.AreEquivalent(new[] { CoachingSession.SessionStatus, CoachingSession.RescheduledTo, CoachingSession.Outcome, CoachingSession.SkipReason }, PackedForms.Fields(holdOrSkip));
            Assert.IsFalse(PackedForms.Fields(holdOrSkip).Any(field => PackedForms.ReadOnly(PackedForms.Control(holdOrSkip, field))), "the manager fills them in");
            Assert.IsTrue(PackedForms.HasTimeline(PackedForms.Section(form, "timeline")));
            Assert.IsFalse(PackedForms.Fields(form).Contains(CoachingSession.StatusCode) && !PackedForms.ReadOnly(form.Descendants("control").First(c => (string?)c.Attribute("datafieldname") == CoachingSession.StatusCode)),
                "the status reason follows the session status: the suite closes the session, nobody sets it by hand");
        }

        [TestMethod]
        [DataRow("main", "Help Request")]
        [DataRow("quickCreate", "Help Request Quick Create")]
        public void A_help_request_form_asks_Your_request_with_everything_the_rep_fills_in(string type, string name)
        {
            var form = PackedForms.Form(HelpRequest.EntityName, type, name);
            var request = PackedForms.Section(form, "yourrequest");

            Assert.AreEqual("Your request", PackedForms.Label(request));
            CollectionAssert.IsSubsetOf(
                new[] { HelpRequest.Problem, HelpRequest.WhatTried, HelpRequest.Option1, HelpRequest.Option2, HelpRequest.Option3, HelpRequest.Recommendation, HelpRequest.Urgency, HelpRequest.UrgentReason, HelpRequest.RegardingObjectId },
                PackedForms.Fields(request));
            Assert.IsFalse(PackedForms.Fields(request).Any(field => PackedForms.ReadOnly(PackedForms.Control(request, field))), "the rep fills in every field of the request");
            foreach (var memo in new[] { HelpRequest.Problem, HelpRequest.WhatTried, HelpRequest.Recommendation })
            {
                Assert.IsTrue(int.Parse((string?)PackedForms.Control(request, memo).Parent!.Attribute("rowspan") ?? "1") >= 3, $"{memo} has room to write in");
            }
        }

        [TestMethod]
        public void The_help_request_main_form_keeps_the_managers_answer_apart_after_the_request()
        {
            var form = PackedForms.Form(HelpRequest.EntityName, "main", "Help Request");
            var sections = form.Descendants("section").Select(section => (string)section.Attribute("name")!).ToList();
            var answer = PackedForms.Section(form, "managersanswer");

            Assert.IsTrue(sections.IndexOf("yourrequest") < sections.IndexOf("managersanswer"), "first what the rep asks, then the answer");
            Assert.AreEqual("Manager's answer", PackedForms.Label(answer));
            Assert.AreEqual(HelpRequest.Response, PackedForms.Fields(answer).First());
            Assert.IsFalse(PackedForms.ReadOnly(PackedForms.Control(answer, HelpRequest.Response)), "the manager writes the response");
            foreach (var stamped in new[] { HelpRequest.RespondAfter, HelpRequest.RespondedOn, HelpRequest.ResponseMinutes, HelpRequest.Disposition, HelpRequest.CoachingSessionId })
            {
                Assert.IsTrue(PackedForms.ReadOnly(PackedForms.Control(answer, stamped)), $"{stamped} is the suite's: read-only on the form");
            }

            var quick = PackedForms.Form(HelpRequest.EntityName, "quickCreate", "Help Request Quick Create");
            Assert.IsFalse(PackedForms.Fields(quick).Contains(HelpRequest.Response), "nobody answers a request while it is being filed");
        }

        [TestMethod]
        public void The_deal_form_has_a_Sales_independence_section_with_the_approval_the_counters_and_the_deals_signals()
        {
            var form = PackedForms.Form(Opportunity.EntityName, "main", "Deal approval");
            var section = PackedForms.Section(form, "cri_salesindependence");

            Assert.AreEqual("Sales independence", PackedForms.Label(section));
            CollectionAssert.AreEqual(new[] { Opportunity.ApprovalStatus, Opportunity.LastManagerTouch, Opportunity.RepActivityCount, Opportunity.ManagerActivityCount }, PackedForms.Fields(section));
            Assert.IsTrue(section.Descendants("control").Where(c => c.Attribute("datafieldname") != null).All(PackedForms.ReadOnly), "the suite writes them");
            Assert.AreEqual(1, form.Descendants("control").Select(c => (string)c.Attribute("id")!).GroupBy(id => id).Max(group => group.Count()), "control ids are unique on the form");
            CollectionAssert.AreEqual(new[] { (DependencySignal.EntityName, "cri_dependencysignal_OpportunityId_opportunity") },
                PackedForms.Subgrids(section).Select(grid => (grid.Target, grid.Relationship)).ToList());
            Assert.IsTrue(PackedForms.HasTimeline(form), "the timeline, where reps file help requests");
        }

        [TestMethod]
        public void Every_subgrid_names_a_relationship_from_its_forms_table_and_a_view_of_its_target()
        {
            var zip = PackedForms.Package;
            var relationships = zip.Customizations.Element("EntityRelationships")!.Elements("EntityRelationship")
                .ToDictionary(r => (string)r.Attribute("Name")!, StringComparer.OrdinalIgnoreCase);
            var grids = 0;
            foreach (var (table, _, form) in PackedForms.All)
            {
                foreach (var grid in PackedForms.Subgrids(form))
                {
                    grids++;
                    Assert.IsTrue(relationships.TryGetValue(grid.Relationship, out var relationship), $"{grid.Relationship} is in the zip");
                    Assert.AreEqual(grid.Target, relationship!.Element("ReferencingEntityName")!.Value.ToLowerInvariant());
                    Assert.AreEqual(table, relationship.Element("ReferencedEntityName")!.Value.ToLowerInvariant());
                    Assert.IsTrue(zip.Entity(grid.Target).Descendants("savedquery").Any(view => Guid.Parse((string)view.Element("savedqueryid")!) == grid.View),
                        $"{grid.Id} on '{PackedForms.Name(form)}' shows a view of {grid.Target}");
                }
            }

            Assert.AreEqual(3, grids, "topics and parked requests on the session, signals on the deal");
        }
    }
}
