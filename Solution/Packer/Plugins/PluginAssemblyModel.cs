using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Solution.Plugins
{
    /// <summary>A plugin type or custom workflow activity type as the solution registers it.</summary>
    public sealed record PluginTypeModel(Guid Id, string Name, string AssemblyQualifiedName, string? WorkflowActivityGroupName)
    {
        /// <summary>The unique name of the custom API the type implements ([CustomApi]), or null.</summary>
        public string? CustomApi { get; init; }
    }

    /// <summary>An entity image of a step (ImageType 0 pre, 1 post).</summary>
    public sealed record StepImageModel(Guid Id, string Alias, int ImageType, IReadOnlyList<string> Columns);

    /// <summary>One SdkMessageProcessingStep, generated from a [Step] declaration.</summary>
    public sealed record StepModel(
        Guid Id,
        string Name,
        string PluginTypeName,
        Guid PluginTypeId,
        string Message,
        string Table,
        int Stage,
        int Mode,
        int Rank,
        IReadOnlyList<string> FilteringAttributes,
        string? Configuration,
        string? Description,
        IReadOnlyList<StepImageModel> Images)
    {
        /// <summary>The user the step runs as, by name (ImpersonatingUserIdName): "SYSTEM", or null for the calling user.</summary>
        public string? ImpersonatingUserName { get; init; }
    }

    /// <summary>A built, strong-named assembly to ship in the solution with the types and steps it registers.</summary>
    public sealed record PluginAssemblyModel(
        Guid Id,
        string Name,
        string FullName,
        byte[] Content,
        IReadOnlyList<PluginTypeModel> Types,
        IReadOnlyList<StepModel> Steps)
    {
        public string NameWithoutDots => Name.Replace(".", "", StringComparison.Ordinal);

        /// <summary>PluginAssemblies/&lt;NameWithoutDots&gt;-&lt;ID UPPERCASE&gt;/&lt;NameWithoutDots&gt;.dll, as an export names it.</summary>
        public string ZipPath => $"PluginAssemblies/{NameWithoutDots}-{Id.ToString("D").ToUpperInvariant()}/{NameWithoutDots}.dll";

        public IEnumerable<PluginTypeModel> PluginTypesOrdered => Types.OrderBy(type => type.Name, StringComparer.Ordinal);
    }
}
