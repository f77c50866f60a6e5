using System;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// The context a plug-in receives (every member of <see cref="IPluginExecutionContext2"/>). One instance
/// per step execution; InputParameters, OutputParameters and SharedVariables are shared with the
/// operation, so a PreValidation/PreOperation step's changes to Target are what the core operation saves.
/// </summary>
public sealed class PluginExecutionContext : IPluginExecutionContext2
{
    internal PluginExecutionContext(ParameterCollection inputParameters, ParameterCollection outputParameters, ParameterCollection sharedVariables)
    {
        InputParameters = inputParameters;
        OutputParameters = outputParameters;
        SharedVariables = sharedVariables;
    }

    public int Stage { get; internal set; }

    public int Mode { get; internal set; }

    /// <summary>2 = sandbox, where Dataverse runs every plug-in of an online organization.</summary>
    public int IsolationMode { get; internal set; } = 2;

    public int Depth { get; internal set; }

    public string MessageName { get; internal set; } = string.Empty;

    public string PrimaryEntityName { get; internal set; } = "none";

    public Guid? RequestId { get; internal set; }

    public string SecondaryEntityName { get; internal set; } = "none";

    public ParameterCollection InputParameters { get; }

    public ParameterCollection OutputParameters { get; }

    public ParameterCollection SharedVariables { get; }

    public Guid UserId { get; internal set; }

    public Guid InitiatingUserId { get; internal set; }

    public Guid BusinessUnitId { get; internal set; }

    public Guid OrganizationId { get; internal set; }

    public string OrganizationName { get; internal set; } = string.Empty;

    public Guid PrimaryEntityId { get; internal set; }

    public EntityImageCollection PreEntityImages { get; } = new();

    public EntityImageCollection PostEntityImages { get; } = new();

    public EntityReference? OwningExtension { get; internal set; }

    public Guid CorrelationId { get; internal set; }

    public bool IsExecutingOffline => false;

    public bool IsOfflinePlayback => false;

    public bool IsInTransaction { get; internal set; }

    public Guid OperationId { get; internal set; }

    public DateTime OperationCreatedOn { get; internal set; }

    public IPluginExecutionContext? ParentContext { get; internal set; }

    public Guid UserAzureActiveDirectoryObjectId { get; internal set; }

    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; internal set; }

    public Guid InitiatingUserApplicationId => Guid.Empty;

    public Guid PortalsContactId => Guid.Empty;

    public bool IsPortalsClientCall => false;

    EntityReference IExecutionContext.OwningExtension => OwningExtension!;

    IPluginExecutionContext IPluginExecutionContext.ParentContext => ParentContext!;

    /// <summary>A copy sharing nothing mutable with this one (what an asynchronous step receives, or a record keeps).</summary>
    internal PluginExecutionContext Snapshot(ParameterCollection input, ParameterCollection output, ParameterCollection shared)
    {
        var copy = new PluginExecutionContext(input, output, shared);
        copy.CopyIdentityFrom(this);
        foreach (var image in PreEntityImages)
        {
            copy.PreEntityImages[image.Key] = Writing.ValueCopier.Copy(image.Value);
        }

        foreach (var image in PostEntityImages)
        {
            copy.PostEntityImages[image.Key] = Writing.ValueCopier.Copy(image.Value);
        }

        return copy;
    }

    internal void CopyIdentityFrom(PluginExecutionContext other)
    {
        Stage = other.Stage;
        Mode = other.Mode;
        IsolationMode = other.IsolationMode;
        Depth = other.Depth;
        MessageName = other.MessageName;
        PrimaryEntityName = other.PrimaryEntityName;
        RequestId = other.RequestId;
        SecondaryEntityName = other.SecondaryEntityName;
        UserId = other.UserId;
        InitiatingUserId = other.InitiatingUserId;
        BusinessUnitId = other.BusinessUnitId;
        OrganizationId = other.OrganizationId;
        OrganizationName = other.OrganizationName;
        PrimaryEntityId = other.PrimaryEntityId;
        OwningExtension = other.OwningExtension;
        CorrelationId = other.CorrelationId;
        IsInTransaction = other.IsInTransaction;
        OperationId = other.OperationId;
        OperationCreatedOn = other.OperationCreatedOn;
        ParentContext = other.ParentContext;
        UserAzureActiveDirectoryObjectId = other.UserAzureActiveDirectoryObjectId;
        InitiatingUserAzureActiveDirectoryObjectId = other.InitiatingUserAzureActiveDirectoryObjectId;
    }

    public override string ToString() => $"{MessageName} of {PrimaryEntityName} {PrimaryEntityId} (stage {Stage}, depth {Depth})";
}
