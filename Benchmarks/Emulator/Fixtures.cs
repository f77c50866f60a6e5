using System;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Benchmarks.Emulator;

/// <summary>The org and the opportunity rows every benchmark uses (same shape everywhere: a few columns).</summary>
internal static class Fixtures
{
    public static readonly DateTime Start = new(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc);

    public static Org NewOrg(out User rep)
    {
        var org = Org.Create(new SimulatedClock(Start));
        var director = org.Users.Add("Dana Director");
        var manager = org.Users.Add("Max Manager", reportsTo: director);
        rep = org.Users.Add("Riley Rep", reportsTo: manager);
        return org;
    }

    /// <summary>A new opportunity: name, estimated value, close probability, estimated close date (and the owner when given).</summary>
    public static Entity Opportunity(int number, User? owner = null)
    {
        var row = new Entity("opportunity")
        {
            ["name"] = Name(number),
            ["estimatedvalue"] = new Money(1000m + (number % 997)),
            ["closeprobability"] = number % 101,
            ["estimatedclosedate"] = Start.Date.AddDays(30 + (number % 60)),
        };
        if (owner != null)
        {
            row["ownerid"] = owner.ToEntityReference();
        }

        return row;
    }

    public static string Name(int number) => "Opportunity " + number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A plug-in that does nothing, registered on the three synchronous stages of Update of opportunity and
/// filtered on the column the pipeline benchmark changes: what the pipeline costs with nothing else in it.
/// </summary>
[Step("Update", "opportunity", PipelineStage.PreValidation, FilteringAttributes = "name")]
[Step("Update", "opportunity", PipelineStage.PreOperation, FilteringAttributes = "name")]
[Step("Update", "opportunity", PipelineStage.PostOperation, FilteringAttributes = "name")]
public sealed class NoOpPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
    }
}
