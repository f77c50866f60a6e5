namespace Microsoft.Xrm.Sdk;

/// <summary>A yes/no metadata setting (IsCustomizable, IsAuditEnabled…).</summary>
public sealed class BooleanManagedProperty : ManagedProperty<bool>
{
    public BooleanManagedProperty()
    {
    }

    public BooleanManagedProperty(bool value)
    {
        Value = value;
    }
}
