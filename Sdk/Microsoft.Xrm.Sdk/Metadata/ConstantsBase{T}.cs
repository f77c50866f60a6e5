using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A closed list of named values (DateTimeBehavior…): each subclass declares its values as static fields.</summary>
public abstract class ConstantsBase<T> : IExtensibleDataObject
{
    protected static readonly IList<T> ValidValues = new List<T>();

    protected ConstantsBase()
    {
    }

    public T Value { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    protected abstract bool ValueExistsInList(T value);

    protected static T2 Create<T2>(T value)
        where T2 : ConstantsBase<T>, new() => new T2 { Value = value };

    protected static T2 Add<T2>(T value)
        where T2 : ConstantsBase<T>, new()
    {
        ValidValues.Add(value);
        return Create<T2>(value);
    }
}
