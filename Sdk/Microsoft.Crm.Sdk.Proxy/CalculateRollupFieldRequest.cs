using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Recalculates a rollup column of a row now.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class CalculateRollupFieldRequest : OrganizationRequest
{
    public CalculateRollupFieldRequest()
    {
        RequestName = "CalculateRollupField";
        Target = null;
        FieldName = null;
    }

    /// <summary>The row whose column is recalculated.</summary>
    public EntityReference Target
    {
        get => MessageBag.Get<EntityReference>(Parameters, nameof(Target));
        set => Parameters[nameof(Target)] = value;
    }

    /// <summary>The rollup column's logical name.</summary>
    public string FieldName
    {
        get => MessageBag.Get<string>(Parameters, nameof(FieldName));
        set => Parameters[nameof(FieldName)] = value;
    }
}
