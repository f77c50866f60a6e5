using System;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator;

/// <summary>Registering a step in one call, for plug-ins that do not declare theirs with [Step].</summary>
public sealed partial class Org
{
    /// <summary>
    /// Registers one step of <typeparamref name="TPlugin"/>, as the Plug-in Registration tool would: the
    /// instance is created with the unsecure and secure configuration, as Dataverse creates it.
    /// Images list their columns comma-separated ("*" for all); <paramref name="runAs"/> is the user the step
    /// runs as ("Run in User's Context": <c>org.SystemUser</c> or any user of the org; the calling user by default).
    /// </summary>
    public Org RegisterStep<TPlugin>(
        string message,
        string table,
        PipelineStage stage,
        ExecutionMode mode = ExecutionMode.Synchronous,
        int rank = 1,
        string? filteringAttributes = null,
        string? preImage = null,
        string? postImage = null,
        string? unsecureConfiguration = null,
        string? secureConfiguration = null,
        User? runAs = null,
        string? name = null)
        where TPlugin : IPlugin =>
        Register(Step(typeof(TPlugin), message, table, stage, mode, rank, filteringAttributes, preImage, postImage, runAs, name) with
        {
            Configuration = unsecureConfiguration,
            SecureConfiguration = secureConfiguration,
        });

    /// <summary>Registers one step executed by <paramref name="plugin"/>, the same instance every time (as Dataverse reuses one).</summary>
    public Org RegisterStep(
        IPlugin plugin,
        string message,
        string table,
        PipelineStage stage,
        ExecutionMode mode = ExecutionMode.Synchronous,
        int rank = 1,
        string? filteringAttributes = null,
        string? preImage = null,
        string? postImage = null,
        User? runAs = null,
        string? name = null)
    {
        if (plugin == null)
        {
            throw new ArgumentNullException(nameof(plugin));
        }

        var step = Step(plugin.GetType(), message, table, stage, mode, rank, filteringAttributes, preImage, postImage, runAs, name);
        Register(step);
        engine.Plugins.Use(step.Id, plugin);
        return this;
    }

    /// <summary>Registers one step whose plug-in is <paramref name="execute"/> (it receives the service provider, as IPlugin.Execute does).</summary>
    public Org RegisterStep(
        Action<IServiceProvider> execute,
        string message,
        string table,
        PipelineStage stage,
        ExecutionMode mode = ExecutionMode.Synchronous,
        int rank = 1,
        string? filteringAttributes = null,
        string? preImage = null,
        string? postImage = null,
        User? runAs = null,
        string? name = null) =>
        RegisterStep(new DelegatePlugin(execute ?? throw new ArgumentNullException(nameof(execute))), message, table, stage, mode, rank, filteringAttributes, preImage, postImage, runAs, name);

    private StepRegistration Step(
        Type pluginType, string message, string table, PipelineStage stage, ExecutionMode mode, int rank,
        string? filteringAttributes, string? preImage, string? postImage, User? runAs, string? name)
    {
        if (string.IsNullOrWhiteSpace(message) || string.IsNullOrWhiteSpace(table))
        {
            throw new ArgumentException("A step needs a message and a table (\"none\" for a message without one).");
        }

        if (!Enum.IsDefined(typeof(PipelineStage), stage))
        {
            throw new ArgumentException($"Stage {(int)stage} is not a stage a step can be registered on: use PreValidation (10), PreOperation (20) or PostOperation (40).", nameof(stage));
        }

        if (rank < 0)
        {
            throw new ArgumentException("A step's rank cannot be negative.", nameof(rank));
        }

        var id = Guid.NewGuid();
        var images = new System.Collections.Generic.List<ImageRegistration>();
        if (preImage != null)
        {
            images.Add(Image(id, ImageKind.PreImage, StepAttribute.DefaultPreImageAlias, preImage));
        }

        if (postImage != null)
        {
            images.Add(Image(id, ImageKind.PostImage, StepAttribute.DefaultPostImageAlias, postImage));
        }

        var isSystem = runAs != null && runAs.Id == SystemUser.Id;
        return new StepRegistration(
            id,
            name ?? $"{pluginType.FullName}: {message} of {table}",
            pluginType,
            message,
            table,
            stage,
            mode,
            rank,
            ColumnList.Parse(filteringAttributes),
            null,
            images)
        {
            RunAs = isSystem ? StepUser.System : StepUser.CallingUser,
            ImpersonatingUserId = runAs == null || isSystem ? null : runAs.Id,
        };
    }

    private static ImageRegistration Image(Guid stepId, ImageKind kind, string alias, string columns) =>
        new(Guid.NewGuid(), kind, alias, columns.Trim() == ColumnList.AllColumns ? Array.Empty<string>() : ColumnList.Parse(columns));

    /// <summary>A plug-in made of a delegate (RegisterStep with an Action).</summary>
    private sealed class DelegatePlugin : IPlugin
    {
        private readonly Action<IServiceProvider> execute;

        public DelegatePlugin(Action<IServiceProvider> execute)
        {
            this.execute = execute;
        }

        public void Execute(IServiceProvider serviceProvider) => execute(serviceProvider);
    }
}
