using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A settable execution context: what the platform sends to service endpoints and webhooks.</summary>
public sealed class RemoteExecutionContext : IPluginExecutionContext, IExecutionContext, IExtensibleDataObject
{
    private ParameterCollection _inputParameters;
    private ParameterCollection _outputParameters;
    private ParameterCollection _sharedVariables;
    private EntityImageCollection _preEntityImages;
    private EntityImageCollection _postEntityImages;

    public RemoteExecutionContext()
    {
    }

    public int Stage { get; set; }

    public int Mode { get; set; }

    public string MessageName { get; set; }

    public string PrimaryEntityName { get; set; }

    public string SecondaryEntityName { get; set; }

    public Guid? RequestId { get; set; }

    public ParameterCollection InputParameters => _inputParameters ??= new ParameterCollection();

    public ParameterCollection OutputParameters => _outputParameters ??= new ParameterCollection();

    public ParameterCollection SharedVariables => _sharedVariables ??= new ParameterCollection();

    public Guid UserId { get; set; }

    public Guid InitiatingUserId { get; set; }

    public Guid BusinessUnitId { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; }

    public EntityImageCollection PreEntityImages => _preEntityImages ??= new EntityImageCollection();

    public EntityImageCollection PostEntityImages => _postEntityImages ??= new EntityImageCollection();

    public Guid CorrelationId { get; set; }

    public int Depth { get; set; }

    public bool IsExecutingOffline { get; set; }

    public bool IsOfflinePlayback { get; set; }

    public int IsolationMode { get; set; }

    public bool IsInTransaction { get; set; }

    public Guid OperationId { get; set; }

    public EntityReference OwningExtension { get; set; }

    public Guid PrimaryEntityId { get; set; }

    public DateTime OperationCreatedOn { get; set; }

    public RemoteExecutionContext ParentContext { get; set; }

    IPluginExecutionContext IPluginExecutionContext.ParentContext => ParentContext;

    public Guid UserAzureActiveDirectoryObjectId { get; set; }

    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
