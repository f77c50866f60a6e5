using CrmIndependence.Plugins.Registration;

namespace CrmIndependence.Plugins.Tests.Emulator.TestPlugins;

// Three steps on one stage: rank decides, then the step name (class name first), then the id.

[Step("Update", "contact", PipelineStage.PreOperation, FilteringAttributes = "jobtitle", Rank = 2)]
public sealed class RankTwo : ObserverPlugin
{
}

[Step("Update", "contact", PipelineStage.PreOperation, FilteringAttributes = "jobtitle", Rank = 1)]
public sealed class RankOneZulu : ObserverPlugin
{
}

[Step("Update", "contact", PipelineStage.PreOperation, FilteringAttributes = "jobtitle", Rank = 1)]
public sealed class RankOneAlpha : ObserverPlugin
{
}
