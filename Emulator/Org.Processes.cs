using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator;

/// <summary>
/// The Opportunity Sales Process as Dynamics 365 Sales ships it: its <c>workflow</c> row and four
/// <c>processstage</c> rows with the ids every Sales org has (the ids the client API reports for the
/// Opportunity Sales Process on Microsoft Learn, e.g. Qualify 6b9ce798-221a-4260-90b2-2a95ed51a5bc), one
/// stage per sales stage category. Arranged on demand (<see cref="AddOpportunitySalesProcess"/>), so an org
/// that does not need it keeps its ids and rows as before.
/// </summary>
public sealed partial class Org
{
    /// <summary>The ids of the Opportunity Sales Process and its stages.</summary>
    public static class OpportunitySalesProcess
    {
        public static readonly Guid ProcessId = new("3e8ebee6-a2bc-4451-9c5f-b146b085413a");
        public static readonly Guid Qualify = new("6b9ce798-221a-4260-90b2-2a95ed51a5bc");
        public static readonly Guid Develop = new("650e06b4-789b-46c1-822b-0da76bedb1ed");
        public static readonly Guid Propose = new("d3ca8878-8d7b-47b9-852d-fcd838790cfd");
        public static readonly Guid Close = new("bb7e830a-61bd-441b-b1fd-6bb104ffa027");

        /// <summary>The stage ids in process order, with their names and categories.</summary>
        public static IReadOnlyList<(Guid Id, string Name, int Category)> Stages { get; } = new[]
        {
            (Qualify, "Qualify", StandardTables.StageCategory.Qualify),
            (Develop, "Develop", StandardTables.StageCategory.Develop),
            (Propose, "Propose", StandardTables.StageCategory.Propose),
            (Close, "Close", StandardTables.StageCategory.Close),
        };
    }

    /// <summary>
    /// Adds the Opportunity Sales Process definition (its workflow row, activated, and its four stages) as the
    /// Sales solution installs it. Calling it twice is refused: the rows exist.
    /// </summary>
    public Org AddOpportunitySalesProcess()
    {
        if (Read("workflow", OpportunitySalesProcess.ProcessId) != null)
        {
            throw new InvalidOperationException("The Opportunity Sales Process is already in this org; add it once.");
        }

        Seed(new Entity("workflow", OpportunitySalesProcess.ProcessId)
        {
            ["name"] = "Opportunity Sales Process",
            ["uniquename"] = "opportunitysalesprocess",
            ["category"] = new OptionSetValue(StandardTables.WorkflowCategory.BusinessProcessFlow),
            ["primaryentity"] = "opportunity",
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(2),
        });
        foreach (var (id, name, category) in OpportunitySalesProcess.Stages)
        {
            AddProcessStage(id, name, category, OpportunitySalesProcess.ProcessId);
        }

        return this;
    }

    /// <summary>Adds one stage of a process (a custom flow's, or one with a category the suite does not map).</summary>
    public Guid AddProcessStage(Guid id, string name, int? category, Guid processId, string primaryEntity = "opportunity")
    {
        var stage = new Entity("processstage", id)
        {
            ["stagename"] = name,
            ["primaryentitytypecode"] = primaryEntity,
            ["processid"] = new EntityReference("workflow", processId),
        };
        if (category != null)
        {
            stage["stagecategory"] = new OptionSetValue(category.Value);
        }

        return Seed(stage);
    }
}
