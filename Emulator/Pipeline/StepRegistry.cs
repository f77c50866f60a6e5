using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Plugins.Registration;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// The registered steps and custom APIs. Refuses, when a step is registered, what Dataverse would refuse
/// (unknown table or column, images the message cannot have, asynchronous steps before stage 40). Steps of
/// a stage come back in rank order, ties broken by name then id so the order never depends on chance.
/// </summary>
internal sealed class StepRegistry
{
    /// <summary>Messages that support entity images (register-plug-in.md), with the emulator's names.</summary>
    private static readonly HashSet<string> ImageMessages = new(StringComparer.OrdinalIgnoreCase)
    {
        "Assign", "Create", "Delete", "DeliverIncoming", "DeliverPromote", "Merge", "Route", "Send", "SetState", "SetStateDynamicEntity", "Update",
    };

    private static readonly HashSet<string> AnyTable = new(StringComparer.OrdinalIgnoreCase) { string.Empty, "none", "*" };

    private readonly List<StepRegistration> steps = new();
    private readonly Dictionary<string, CustomApiRegistration> customApis = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Message, string Table), StepRegistration[]> cache = new();

    public IReadOnlyList<StepRegistration> All => steps;

    public IEnumerable<CustomApiRegistration> CustomApis => customApis.Values;

    /// <summary>Registers steps and custom APIs all together, or none of them when one is refused.</summary>
    public void Add(IReadOnlyCollection<StepRegistration> newSteps, IReadOnlyCollection<CustomApiRegistration> newApis, MetadataCatalog catalog)
    {
        var ids = new HashSet<Guid>(steps.Select(existing => existing.Id));
        foreach (var step in newSteps)
        {
            if (!ids.Add(step.Id))
            {
                throw new InvalidOperationException($"The step '{step.Name}' ({step.Id}) is already registered; a duplicate registration would run the plug-in twice.");
            }

            Validate(step, catalog);
        }

        var names = new HashSet<string>(customApis.Keys, StringComparer.OrdinalIgnoreCase);
        foreach (var api in newApis)
        {
            if (!names.Add(api.UniqueName))
            {
                throw new InvalidOperationException($"The custom API '{api.UniqueName}' is already registered.");
            }
        }

        steps.AddRange(newSteps);
        foreach (var api in newApis)
        {
            customApis.Add(api.UniqueName, api);
        }

        cache.Clear();
    }

    public CustomApiRegistration? FindCustomApi(string name) => customApis.TryGetValue(name, out var api) ? api : null;

    /// <summary>The steps of one stage and mode for a message on a table, in execution order.</summary>
    public IEnumerable<StepRegistration> For(string message, string table, int stage, ExecutionMode mode)
    {
        // Most messages of a test have no step: answer those without allocating.
        var matching = Matching(message, table);
        return matching.Length == 0 ? Array.Empty<StepRegistration>() : InStage(matching, stage, mode);
    }

    public bool NeedsImage(string message, string table, ImageKind kind)
    {
        foreach (var step in Matching(message, table))
        {
            foreach (var image in step.Images)
            {
                if (image.Kind == kind)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool SupportsImages(string message) => ImageMessages.Contains(message);

    private static IEnumerable<StepRegistration> InStage(StepRegistration[] matching, int stage, ExecutionMode mode)
    {
        foreach (var step in matching)
        {
            if ((int)step.Stage == stage && step.Mode == mode)
            {
                yield return step;
            }
        }
    }

    private StepRegistration[] Matching(string message, string table)
    {
        if (!cache.TryGetValue((message, table), out var matching))
        {
            matching = Match(message, table);
            cache[(message, table)] = matching;
        }

        return matching;
    }

    // Apart from the cached look-up, so its closure is only made on a cache miss.
    private StepRegistration[] Match(string message, string table) =>
        steps
                .Where(step => SameMessage(step.Message, message) && (AnyTable.Contains(step.Table ?? string.Empty) || string.Equals(step.Table, table, StringComparison.Ordinal)))
                .OrderBy(step => (int)step.Stage)
                .ThenBy(step => step.Rank)
                .ThenBy(step => step.Name, StringComparer.Ordinal)
                .ThenBy(step => step.Id)
                .ToArray();

    private static bool SameMessage(string registered, string message) =>
        string.Equals(registered, message, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(message, "SetState", StringComparison.OrdinalIgnoreCase) && string.Equals(registered, "SetStateDynamicEntity", StringComparison.OrdinalIgnoreCase));

    private static void Validate(StepRegistration step, MetadataCatalog catalog)
    {
        string Problem(string text) => $"The step '{step.Name}' ({step.PluginType.FullName}) {text}";

        if (step.Mode == ExecutionMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            throw new InvalidOperationException(Problem("is asynchronous but not PostOperation; Dataverse runs asynchronous steps only at stage 40."));
        }

        var table = AnyTable.Contains(step.Table ?? string.Empty) ? null : catalog.FindTable(step.Table)
            ?? throw new InvalidOperationException(Problem($"is registered on table '{step.Table}', which the org does not have. Add the table to org.Metadata first."));

        foreach (var column in step.FilteringAttributes)
        {
            if (table != null && !table.HasColumn(column))
            {
                throw new InvalidOperationException(Problem($"filters on column '{column}', which table '{table.LogicalName}' does not have."));
            }
        }

        foreach (var image in step.Images)
        {
            if (!SupportsImages(step.Message))
            {
                throw new InvalidOperationException(Problem($"asks for image '{image.Alias}' on {step.Message}; Dataverse offers images only on {string.Join(", ", ImageMessages)}."));
            }

            if (image.Kind == ImageKind.PreImage && string.Equals(step.Message, "Create", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(Problem("asks for a pre-image on Create; there is no row before it is created."));
            }

            if (image.Kind == ImageKind.PostImage && (step.Stage != PipelineStage.PostOperation || string.Equals(step.Message, "Delete", StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException(Problem("asks for a post-image outside PostOperation or on Delete; post-images exist only at stage 40 and not on Delete."));
            }

            foreach (var column in image.Columns.Where(column => table != null && !table.HasColumn(column)))
            {
                throw new InvalidOperationException(Problem($"asks for column '{column}' in image '{image.Alias}', which table '{table!.LogicalName}' does not have."));
            }
        }
    }
}
