using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// AttributeCollections over a dictionary the emulator chooses: a stored row's value array, or a map
/// sized up front for the columns a request will gain. Uses the collection's <c>protected internal</c>
/// constructor over an IDictionary (the official SDK 9.0.2.34 declares the same one), reached through
/// <see cref="UnsafeAccessorAttribute"/> since the emulator is another assembly.
/// </summary>
internal static class AttributeCollections
{
    public static AttributeCollection Over(IDictionary<string, object> items) => New(items);

    /// <summary>An empty collection with room for <paramref name="capacity"/> columns before its map grows.</summary>
    public static AttributeCollection WithCapacity(int capacity) => New(new Dictionary<string, object>(capacity));

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern AttributeCollection New(IDictionary<string, object> collection);
}
