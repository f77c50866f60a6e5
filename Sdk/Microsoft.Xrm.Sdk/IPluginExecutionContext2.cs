using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Adds Azure AD and portal identities to <see cref="IPluginExecutionContext"/>.</summary>
public interface IPluginExecutionContext2 : IPluginExecutionContext, IExecutionContext
{
    Guid UserAzureActiveDirectoryObjectId { get; }

    Guid InitiatingUserAzureActiveDirectoryObjectId { get; }

    Guid InitiatingUserApplicationId { get; }

    Guid PortalsContactId { get; }

    bool IsPortalsClientCall { get; }
}
