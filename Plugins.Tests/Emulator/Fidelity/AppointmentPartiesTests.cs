using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Fidelity;

/// <summary>
/// Appointments and their activity parties, as Microsoft Learn documents them:
/// "ActivityParty table" (https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity): a party
/// list is an EntityCollection of activityparty entities naming the party in partyid; participationtypemask 5 is a
/// required attendee, 6 an optional attendee, 7 the organizer; the appointment's party columns are requiredattendees,
/// optionalattendees and organizer. "ActivityParty table/entity reference"
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activityparty): the table is read
/// with RetrieveMultiple only (activityid, partyid, participationtypemask), ownership None. Appointment statecode and
/// statuscode ("Appointment Entity OptionSet Attribute Metadata"): Open 0 (Free 1, Tentative 2), Completed 1
/// (Completed 3), Canceled 2 (Canceled 4), Scheduled 3 (Busy 5, Out of Office 6).
/// </summary>
[TestClass]
public sealed class AppointmentPartiesTests
{
    private static readonly DateTime Start = new(2025, 1, 7, 9, 0, 0, DateTimeKind.Utc);

    private static Entity Party(User user) => new("activityparty") { ["partyid"] = user.ToEntityReference() };

    private static Guid Meeting(SalesTeam team, params User[] attendees) =>
        team.AsManager.Create(new Entity("appointment")
        {
            ["subject"] = "1:1",
            ["scheduledstart"] = Start,
            ["scheduledend"] = Start.AddMinutes(45),
            ["requiredattendees"] = new EntityCollection(attendees.Select(Party).ToList()),
            ["organizer"] = new EntityCollection { Entities = { Party(team.Manager) } },
        });

    private static Entity[] PartiesOf(SalesTeam team, Guid appointment, int type)
    {
        var query = new QueryExpression("activityparty") { ColumnSet = new ColumnSet("activityid", "partyid", "participationtypemask") };
        query.Criteria.AddCondition("activityid", ConditionOperator.Equal, appointment);
        query.Criteria.AddCondition("participationtypemask", ConditionOperator.Equal, type);
        return team.AsRep.RetrieveMultiple(query).Entities.ToArray();
    }

    [TestMethod]
    public void An_appointment_keeps_its_attendees_as_party_lists_and_as_activityparty_rows()
    {
        var team = new SalesTeam();

        var id = Meeting(team, team.Rep, team.Manager);

        var read = team.AsRep.Retrieve("appointment", id, new ColumnSet("requiredattendees", "organizer", "scheduleddurationminutes"));
        var required = read.GetAttributeValue<EntityCollection>("requiredattendees");
        CollectionAssert.AreEqual(new[] { "Riley Rep", "Max Manager" }, required.Entities.Select(party => party.GetAttributeValue<EntityReference>("partyid").Name).ToArray());
        Assert.IsTrue(required.Entities.All(party => party.LogicalName == "activityparty" && party.GetAttributeValue<OptionSetValue>("participationtypemask").Value == 5));
        Assert.AreEqual(team.Manager.Id, read.GetAttributeValue<EntityCollection>("organizer").Entities.Single().GetAttributeValue<EntityReference>("partyid").Id);
        Assert.AreEqual(45, read["scheduleddurationminutes"], "the duration is the minutes from start to end");

        var rows = PartiesOf(team, id, 5);
        CollectionAssert.AreEquivalent(new[] { team.Rep.Id, team.Manager.Id }, rows.Select(row => row.GetAttributeValue<EntityReference>("partyid").Id).ToArray());
        Assert.IsTrue(rows.All(row => row.GetAttributeValue<EntityReference>("activityid").Id == id));
        Assert.AreEqual(team.Manager.Id, PartiesOf(team, id, 7).Single().GetAttributeValue<EntityReference>("partyid").Id);
    }

    [TestMethod]
    public void Writing_a_party_list_replaces_its_parties_and_leaves_the_other_lists()
    {
        var team = new SalesTeam();
        var id = Meeting(team, team.Rep, team.Manager);

        team.AsManager.Update(new Entity("appointment", id) { ["requiredattendees"] = new EntityCollection { Entities = { Party(team.Peer), Party(team.Manager) } } });

        CollectionAssert.AreEquivalent(new[] { team.Peer.Id, team.Manager.Id }, PartiesOf(team, id, 5).Select(row => row.GetAttributeValue<EntityReference>("partyid").Id).ToArray());
        Assert.AreEqual(1, PartiesOf(team, id, 7).Length, "the organizer was not written: it stays");
        var stored = team.Org.Read("appointment", id)!.GetAttributeValue<EntityCollection>("requiredattendees");
        Assert.AreEqual(2, stored.Entities.Count);

        team.AsManager.Update(new Entity("appointment", id) { ["requiredattendees"] = new EntityCollection() });
        Assert.AreEqual(0, PartiesOf(team, id, 5).Length, "an empty list clears the attendees");
        Assert.IsFalse(team.Org.Read("appointment", id)!.Contains("requiredattendees"));
    }

    [TestMethod]
    public void Deleting_an_appointment_deletes_its_parties()
    {
        var team = new SalesTeam();
        var id = Meeting(team, team.Rep);

        team.AsManager.Delete("appointment", id);

        Assert.AreEqual(0, team.Org.Rows("activityparty").Count());
    }

    [TestMethod]
    public void Activity_parties_are_written_through_their_activity_only()
    {
        var team = new SalesTeam();
        var fault = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsManager.Create(new Entity("activityparty") { ["partyid"] = team.Rep.ToEntityReference() }));
        StringAssert.Contains(fault.Message, "cannot be created directly");
    }

    [TestMethod]
    public void A_malformed_party_list_is_refused_saying_how_to_write_it_and_nothing_is_stored()
    {
        var team = new SalesTeam();
        Entity Appointment(string column, EntityCollection parties) => new("appointment")
        {
            ["subject"] = "1:1",
            ["scheduledstart"] = Start,
            ["scheduledend"] = Start.AddMinutes(30),
            [column] = parties,
        };

        var notParty = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsManager.Create(Appointment("requiredattendees", new EntityCollection { Entities = { new Entity("systemuser", team.Rep.Id) } })));
        StringAssert.Contains(notParty.Message, "holds a 'systemuser' entity: each party is an activityparty Entity naming the party in partyid");

        var noParty = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsManager.Create(Appointment("requiredattendees", new EntityCollection { Entities = { new Entity("activityparty") } })));
        StringAssert.Contains(noParty.Message, "has no partyid: set partyid to the user, contact or account who takes part");

        var twoOrganizers = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsManager.Create(Appointment("organizer", new EntityCollection { Entities = { Party(team.Manager), Party(team.Director) } })));
        StringAssert.Contains(twoOrganizers.Message, "it holds at most 1");

        SalesTeam.Fault(Faults.ObjectDoesNotExist, () => team.AsManager.Create(Appointment("requiredattendees", new EntityCollection { Entities = { new Entity("activityparty") { ["partyid"] = new EntityReference("systemuser", Guid.NewGuid()) } } })));

        var backwards = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsManager.Create(new Entity("appointment") { ["scheduledstart"] = Start, ["scheduledend"] = Start.AddMinutes(-5) }));
        StringAssert.Contains(backwards.Message, "an appointment cannot end before it starts");

        Assert.AreEqual(0, team.Org.Rows("appointment").Count());
        Assert.AreEqual(0, team.Org.Rows("activityparty").Count());
    }

    [TestMethod]
    public void An_appointment_opens_as_Open_and_closes_as_Completed_or_Canceled_with_SetState_or_Update()
    {
        var team = new SalesTeam();
        var held = Meeting(team, team.Rep);
        var called = Meeting(team, team.Rep);
        Assert.AreEqual(0, team.Org.Read("appointment", held)!.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(1, team.Org.Read("appointment", held)!.GetAttributeValue<OptionSetValue>("statuscode").Value, "Open's default status is Free");

        team.AsManager.Execute(new SetStateRequest { EntityMoniker = new EntityReference("appointment", held), State = new OptionSetValue(1), Status = new OptionSetValue(3) });
        team.AsManager.Update(new Entity("appointment", called) { ["statecode"] = new OptionSetValue(2) });

        Assert.AreEqual(3, team.Org.Read("appointment", held)!.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.AreEqual(4, team.Org.Read("appointment", called)!.GetAttributeValue<OptionSetValue>("statuscode").Value, "Canceled's default status is Canceled (4)");
        Assert.AreEqual(2, team.Org.Read("activitypointer", called)!.GetAttributeValue<OptionSetValue>("statecode").Value, "activitypointer mirrors the state");
        SalesTeam.Fault(Faults.InvalidStateCodeStatusCode, () => team.AsManager.Execute(new SetStateRequest { EntityMoniker = new EntityReference("appointment", held), State = new OptionSetValue(1), Status = new OptionSetValue(4) }));
    }
}
