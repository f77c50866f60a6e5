using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.Registration
{
    /// <summary>An entity image a step receives; <see cref="Columns"/> empty means every column.</summary>
    public sealed record ImageRegistration(Guid Id, ImageKind Kind, string Alias, IReadOnlyList<string> Columns);

    /// <summary>One registered step, read from a <see cref="StepAttribute"/>.</summary>
    public sealed record StepRegistration(
        Guid Id,
        string Name,
        Type PluginType,
        string Message,
        string Table,
        PipelineStage Stage,
        ExecutionMode Mode,
        int Rank,
        IReadOnlyList<string> FilteringAttributes,
        string? Configuration,
        IReadOnlyList<ImageRegistration> Images)
    {
        public string? Description { get; init; }

        /// <summary>The user the step runs as: the calling user (default) or SYSTEM, as a solution can carry it.</summary>
        public StepUser RunAs { get; init; } = StepUser.CallingUser;

        /// <summary>The secure configuration passed to the plug-in's constructor (never in a solution; set where the step is registered).</summary>
        public string? SecureConfiguration { get; init; }

        /// <summary>A specific user the step runs as (a registration made in an environment, not one a solution carries); wins over <see cref="RunAs"/>.</summary>
        public Guid? ImpersonatingUserId { get; init; }
    }

    /// <summary>A custom API implemented by a plugin type, read from a <see cref="CustomApiAttribute"/>.</summary>
    public sealed record CustomApiRegistration(Guid Id, string UniqueName, Type PluginType, string? BoundTable);

    /// <summary>A plugin class with its steps and, if it implements one, its custom API.</summary>
    public sealed record PluginTypeRegistration(
        Guid Id,
        Type Type,
        IReadOnlyList<StepRegistration> Steps,
        CustomApiRegistration? CustomApi);

    /// <summary>Everything an assembly declares: the model both the solution packer and the emulator use.</summary>
    public sealed record PluginAssemblyRegistration(Guid Id, string Name, IReadOnlyList<PluginTypeRegistration> PluginTypes)
    {
        public IEnumerable<StepRegistration> Steps => PluginTypes.SelectMany(type => type.Steps);

        public IEnumerable<CustomApiRegistration> CustomApis =>
            PluginTypes.Where(type => type.CustomApi != null).Select(type => type.CustomApi!);
    }
}
