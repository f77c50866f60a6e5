using System;
using System.ServiceModel;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Emulator;

/// <summary>
/// An org with a sales hierarchy — Dana Director → Max Manager → Riley Rep (and Sam Peer, another rep of
/// Max) — on a simulated clock, plus helpers to arrange rows and to expect faults.
/// </summary>
internal sealed class SalesTeam
{
    public SalesTeam(Action<OrgOptions>? configure = null)
    {
        Clock = new SimulatedClock();
        Org = Org.Create(Clock, configure);
        Director = Org.Users.Add("Dana Director");
        Manager = Org.Users.Add("Max Manager", reportsTo: Director);
        Rep = Org.Users.Add("Riley Rep", reportsTo: Manager);
        Peer = Org.Users.Add("Sam Peer", reportsTo: Manager);
    }

    public SimulatedClock Clock { get; }

    public Org Org { get; }

    public User Director { get; }

    public User Manager { get; }

    public User Rep { get; }

    public User Peer { get; }

    public IOrganizationService AsRep => Org.ServiceFor(Rep);

    public IOrganizationService AsManager => Org.ServiceFor(Manager);

    public Guid Account(string name = "Contoso") => Org.Seed(new Entity("account") { ["name"] = name }, Rep);

    public Guid Contact(string lastName = "Adams", Guid? account = null)
    {
        var contact = new Entity("contact") { ["firstname"] = "Ann", ["lastname"] = lastName };
        if (account is { } accountId)
        {
            contact["parentcustomerid"] = new EntityReference("account", accountId);
        }

        return Org.Seed(contact, Rep);
    }

    public Guid Opportunity(string name = "Big deal", decimal value = 10_000m, User? owner = null) =>
        Org.Seed(new Entity("opportunity") { ["name"] = name, ["estimatedvalue"] = new Money(value), ["ownerid"] = (owner ?? Rep).ToEntityReference() }, owner ?? Rep);

    /// <summary>Runs <paramref name="action"/> and returns the fault it must raise, checking its error code.</summary>
    public static OrganizationServiceFault Fault(int errorCode, Action action)
    {
        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(action);
        Assert.AreEqual(errorCode, fault.Detail.ErrorCode, $"error code of: {fault.Detail.Message}");
        return fault.Detail;
    }
}
