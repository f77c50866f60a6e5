using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>A principal (a systemuser or a team) and the rights shared with it.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class PrincipalAccess : IExtensibleDataObject
{
    public PrincipalAccess()
    {
    }

    [DataMember]
    public EntityReference Principal { get; set; }

    [DataMember]
    public AccessRights AccessMask { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
