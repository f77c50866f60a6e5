using System;
using System.Runtime.Serialization;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The rights a principal holds on a record (what sharing grants and RetrievePrincipalAccess answers).</summary>
[Flags]
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public enum AccessRights
{
    [EnumMember] None = 0,
    [EnumMember] ReadAccess = 1,
    [EnumMember] WriteAccess = 2,
    [EnumMember] AppendAccess = 4,
    [EnumMember] AppendToAccess = 16,
    [EnumMember] CreateAccess = 32,
    [EnumMember] DeleteAccess = 65536,
    [EnumMember] ShareAccess = 262144,
    [EnumMember] AssignAccess = 524288,
}
