namespace CrmIndependence.Emulator;

/// <summary>When asynchronous steps run.</summary>
public enum AsyncMode
{
    /// <summary>Right after the outermost request commits, before the service call returns (the default).</summary>
    Automatic,
    /// <summary>Only when the test calls <see cref="Org.RunAsyncSteps"/>, so it can look at the org in between.</summary>
    Manual,
}

/// <summary>Settings of an emulated organization.</summary>
public sealed class OrgOptions
{
    /// <summary>The organization's name (OrganizationName in every context; the root business unit's name).</summary>
    public string Name { get; set; } = "CrmIndependence";

    public AsyncMode AsyncMode { get; set; } = AsyncMode.Automatic;

    /// <summary>The depth beyond which a nested call is stopped with the infinite-loop fault (Dataverse: 8).</summary>
    public int MaxDepth { get; set; } = 8;

    /// <summary>
    /// Whether Win/Lose change the opportunity through the Update pipeline (Update steps on opportunity see
    /// actualclosedate and actualvalue, then statecode and statuscode: the split Update). Dataverse's documentation lists
    /// only Assign and SetState among the update-like messages, so this is CONTESTED; on by default so a
    /// suite that handles both stays correct either way.
    /// </summary>
    public bool CloseOpportunityRunsUpdatePipeline { get; set; } = true;

    /// <summary>
    /// Whether Dataverse security applies: roles, privilege depths, business units, ownership, sharing
    /// (see the Security section of Emulator/README.md). Off in a bare <c>Org.Create()</c>, so every user may do
    /// everything (the FakeXrmEasy style); SYSTEM and System Administrator pass every check either way.
    /// </summary>
    public bool Security { get; set; }

    /// <summary>The manager hierarchy security model (off by default, as in Dataverse); applies only with <see cref="Security"/> on.</summary>
    public bool HierarchySecurity { get; set; }

    /// <summary>
    /// Makes the org's record ids the same on every run (the same sequence, the same tail): a replayed scenario then
    /// breaks ties between equally old rows, and derives name-based ids, the same way each time. Null (the default):
    /// a random tail, so ids are unique across orgs as in Dataverse.
    /// </summary>
    public int? IdSeed { get; set; }

    /// <summary>How many manager levels above a report the hierarchy reaches (the direct manager reads and writes, the levels above read). Dataverse's default: 3.</summary>
    public int HierarchyDepth { get; set; } = 3;
}
