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
/// The party lists of emails and phone calls, as Microsoft Learn documents them.
/// "ActivityParty table" (https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity):
/// participationtypemask 1 is the sender, 2 a To recipient, 3 a Cc recipient, 4 a Bcc recipient; "Activity Party types
/// available for each activity" gives Email Sender, ToRecipient, CcRecipient and BccRecipient through Email.From, .To,
/// .Cc and .Bcc, PhoneCall Sender and ToRecipient through PhoneCall.From and .To, and no party list for Task.
/// "Email table/entity reference" (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email):
/// from, to, cc and bcc are PartyList columns; from targets queue and systemuser, to/cc/bcc account, contact,
/// knowledgearticle, queue, systemuser and unresolvedaddress (the emulator has users, contacts and accounts of those).
/// "PhoneCall table/entity reference" (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall):
/// from ("Call From") and to ("Call To") are PartyList columns targeting account, contact and systemuser.
/// </summary>
[TestClass]
public sealed class EmailAndPhoneCallPartiesTests
{
    private static Entity Party(EntityReference party) => new("activityparty") { ["partyid"] = party };

    private static Entity Party(User user) => Party(user.ToEntityReference());

    private static EntityCollection List(params Entity[] parties) => new(parties.ToList());

    private static Entity[] PartiesOf(SalesTeam team, Guid activity, int type)
    {
        var query = new QueryExpression("activityparty") { ColumnSet = new ColumnSet("activityid", "partyid", "participationtypemask") };
        query.Criteria.AddCondition("activityid", ConditionOperator.Equal, activity);
        query.Criteria.AddCondition("participationtypemask", ConditionOperator.Equal, type);
        return team.AsRep.RetrieveMultiple(query).Entities.ToArray();
    }

    private static Guid[] PartyIds(Entity[] rows) => rows.Select(row => row.GetAttributeValue<EntityReference>("partyid").Id).ToArray();

    private static string[] Names(Entity read, string column) =>
        read.GetAttributeValue<EntityCollection>(column).Entities.Select(party => party.GetAttributeValue<EntityReference>("partyid").Name).ToArray();

    [TestMethod]
    public void An_email_keeps_its_sender_and_its_to_cc_and_bcc_recipients_as_party_lists_and_activityparty_rows()
    {
        var team = new SalesTeam();
        var contact = new EntityReference("contact", team.Contact("Adams"));
        var account = new EntityReference("account", team.Account("Contoso"));

        var email = team.AsRep.Create(new Entity("email")
        {
            ["subject"] = "Proposal",
            ["from"] = List(Party(team.Rep)),
            ["to"] = List(Party(contact), Party(account)),
            ["cc"] = List(Party(team.Manager)),
            ["bcc"] = List(Party(team.Director)),
        });

        var read = team.AsRep.Retrieve("email", email, new ColumnSet("from", "to", "cc", "bcc"));
        CollectionAssert.AreEqual(new[] { "Riley Rep" }, Names(read, "from"));
        CollectionAssert.AreEqual(new[] { "Ann Adams", "Contoso" }, Names(read, "to"), "partyid carries the party's name");
        CollectionAssert.AreEqual(new[] { "Max Manager" }, Names(read, "cc"));
        Assert.AreEqual(team.Director.Id, read.GetAttributeValue<EntityCollection>("bcc").Entities.Single().GetAttributeValue<EntityReference>("partyid").Id);
        foreach (var (column, type) in new[] { ("from", 1), ("to", 2), ("cc", 3), ("bcc", 4) })
        {
            Assert.IsTrue(
                read.GetAttributeValue<EntityCollection>(column).Entities.All(party =>
                    party.LogicalName == "activityparty" && party.GetAttributeValue<OptionSetValue>("participationtypemask").Value == type
                    && party.GetAttributeValue<EntityReference>("activityid").Id == email && party.Id != Guid.Empty),
                $"each party of '{column}' is an activityparty of type {type} naming the email");
        }

        CollectionAssert.AreEqual(new[] { team.Rep.Id }, PartyIds(PartiesOf(team, email, 1)));
        CollectionAssert.AreEquivalent(new[] { contact.Id, account.Id }, PartyIds(PartiesOf(team, email, 2)));
        CollectionAssert.AreEqual(new[] { team.Manager.Id }, PartyIds(PartiesOf(team, email, 3)));
        CollectionAssert.AreEqual(new[] { team.Director.Id }, PartyIds(PartiesOf(team, email, 4)));
    }

    [TestMethod]
    public void Writing_an_email_party_list_replaces_that_list_an_empty_one_clears_it_and_deleting_the_email_deletes_its_parties()
    {
        var team = new SalesTeam();
        var contact = new EntityReference("contact", team.Contact("Adams"));
        var email = team.AsRep.Create(new Entity("email")
        {
            ["subject"] = "Proposal",
            ["from"] = List(Party(team.Rep)),
            ["to"] = List(Party(contact)),
            ["cc"] = List(Party(team.Manager)),
        });

        team.AsRep.Update(new Entity("email", email) { ["to"] = List(Party(team.Peer), Party(team.Manager)) });
        CollectionAssert.AreEquivalent(new[] { team.Peer.Id, team.Manager.Id }, PartyIds(PartiesOf(team, email, 2)));
        Assert.AreEqual(1, PartiesOf(team, email, 1).Length, "from was not written: it stays");
        Assert.AreEqual(1, PartiesOf(team, email, 3).Length, "cc was not written: it stays");

        team.AsRep.Update(new Entity("email", email) { ["cc"] = new EntityCollection() });
        Assert.AreEqual(0, PartiesOf(team, email, 3).Length, "an empty list clears the cc recipients");
        Assert.IsFalse(team.Org.Read("email", email)!.Contains("cc"));

        team.AsRep.Delete("email", email);
        Assert.AreEqual(0, team.Org.Rows("activityparty").Count(), "the email's parties go with it");
    }

    [TestMethod]
    public void A_phone_call_keeps_who_called_and_who_was_called_as_party_lists_and_activityparty_rows()
    {
        var team = new SalesTeam();
        var contact = new EntityReference("contact", team.Contact("Adams"));
        var account = new EntityReference("account", team.Account("Contoso"));

        var call = team.AsRep.Create(new Entity("phonecall")
        {
            ["subject"] = "Follow-up",
            ["from"] = List(Party(team.Rep)),
            ["to"] = List(Party(contact), Party(account)),
        });

        var read = team.AsRep.Retrieve("phonecall", call, new ColumnSet("from", "to"));
        CollectionAssert.AreEqual(new[] { "Riley Rep" }, Names(read, "from"));
        CollectionAssert.AreEqual(new[] { "Ann Adams", "Contoso" }, Names(read, "to"));
        CollectionAssert.AreEqual(new[] { team.Rep.Id }, PartyIds(PartiesOf(team, call, 1)), "the caller is the sender (1)");
        CollectionAssert.AreEquivalent(new[] { contact.Id, account.Id }, PartyIds(PartiesOf(team, call, 2)), "the called are To recipients (2)");

        // An incoming call: a contact made it (from targets account, contact and systemuser).
        team.AsRep.Update(new Entity("phonecall", call) { ["from"] = List(Party(contact)), ["to"] = List(Party(team.Rep)) });
        CollectionAssert.AreEqual(new[] { contact.Id }, PartyIds(PartiesOf(team, call, 1)));
        CollectionAssert.AreEqual(new[] { team.Rep.Id }, PartyIds(PartiesOf(team, call, 2)));

        team.AsRep.Delete("phonecall", call);
        Assert.AreEqual(0, team.Org.Rows("activityparty").Count());
    }

    [TestMethod]
    public void A_malformed_email_or_phone_call_party_list_is_refused_saying_what_to_write_and_nothing_is_stored()
    {
        var team = new SalesTeam();
        var contact = new EntityReference("contact", team.Contact("Adams"));
        Entity Email(string column, EntityCollection parties) => new("email") { ["subject"] = "Proposal", [column] = parties };

        var noPartyId = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(Email("to", List(new Entity("activityparty") { ["addressused"] = "ann@example.com" }))));
        StringAssert.Contains(noPartyId.Message, "A party of 'to' on table 'email' has no partyid: set partyid to the user, contact or account who takes part");

        var noSender = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(Email("from", List(new Entity("activityparty")))));
        StringAssert.Contains(noSender.Message, "A party of 'from' on table 'email' has no partyid: set partyid to the user who takes part");

        var twoSenders = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(Email("from", List(Party(team.Rep), Party(team.Manager)))));
        StringAssert.Contains(twoSenders.Message, "from");
        StringAssert.Contains(twoSenders.Message, "it holds at most 1");

        var contactSends = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(Email("from", List(Party(contact)))));
        StringAssert.Contains(contactSends.Message, "Column 'from' of table 'email' cannot point at a 'contact' row; it takes 'systemuser'");

        var notParty = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(Email("cc", new EntityCollection { Entities = { new Entity("contact", contact.Id) } })));
        StringAssert.Contains(notParty.Message, "holds a 'contact' entity: each party is an activityparty Entity naming the party in partyid");

        SalesTeam.Fault(Faults.ObjectDoesNotExist, () => team.AsRep.Create(Email("bcc", List(Party(new EntityReference("contact", Guid.NewGuid()))))));

        var callNoParty = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(new Entity("phonecall") { ["from"] = List(new Entity("activityparty")) }));
        StringAssert.Contains(callNoParty.Message, "A party of 'from' on table 'phonecall' has no partyid");

        Assert.AreEqual(0, team.Org.Rows("email").Count());
        Assert.AreEqual(0, team.Org.Rows("phonecall").Count());
        Assert.AreEqual(0, team.Org.Rows("activityparty").Count());
    }

    [TestMethod]
    public void A_task_has_no_party_list_so_to_on_a_task_is_refused()
    {
        var team = new SalesTeam();

        var fault = SalesTeam.Fault(Faults.QueryBuilderNoAttribute, () =>
            team.AsRep.Create(new Entity("task") { ["subject"] = "Call back", ["to"] = List(Party(team.Manager)) }));

        StringAssert.Contains(fault.Message, "'task' entity doesn't contain attribute with Name = 'to'");
        Assert.AreEqual(0, team.Org.Rows("task").Count());
    }

    // Learn, SendEmailRequest (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.sendemailrequest):
    // sending changes the email's status; its parties are what it was written with.
    [TestMethod]
    public void SendEmail_sends_an_email_written_with_its_parties_and_leaves_them_as_they_were()
    {
        var team = new SalesTeam();
        var contact = new EntityReference("contact", team.Contact("Adams"));
        var email = team.AsRep.Create(new Entity("email")
        {
            ["subject"] = "Proposal",
            ["from"] = List(Party(team.Rep)),
            ["to"] = List(Party(contact)),
        });

        team.AsRep.Execute(new SendEmailRequest { EmailId = email, IssueSend = true });

        var sent = team.AsRep.Retrieve("email", email, new ColumnSet("statuscode", "from", "to"));
        Assert.AreEqual(6, sent.GetAttributeValue<OptionSetValue>("statuscode").Value, "Pending Send");
        CollectionAssert.AreEqual(new[] { "Riley Rep" }, Names(sent, "from"));
        CollectionAssert.AreEqual(new[] { "Ann Adams" }, Names(sent, "to"));
        Assert.AreEqual(2, team.Org.Rows("activityparty").Count());
    }

    // No Learn page or maintainer thread found documents SendEmail refusing an email without a sender or recipients, so
    // the emulator does not invent that refusal: an email with no parties is sent like any other.
    [TestMethod]
    public void SendEmail_does_not_refuse_an_email_without_a_sender_or_recipients()
    {
        var team = new SalesTeam();
        var email = team.AsRep.Create(new Entity("email") { ["subject"] = "Minutes" });

        team.AsRep.Execute(new SendEmailRequest { EmailId = email, IssueSend = false });

        Assert.AreEqual(3, team.Org.Read("email", email)!.GetAttributeValue<OptionSetValue>("statuscode").Value, "Sent");
        Assert.AreEqual(0, team.Org.Rows("activityparty").Count());
    }
}
