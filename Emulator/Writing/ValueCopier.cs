using System.Linq;
using CrmIndependence.Emulator.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Writing;

/// <summary>
/// Deep copies of SDK values, so no object is shared between a caller, a plug-in and the store (in
/// Dataverse every hop is serialized; a caller's Entity never changes because a plug-in edited its copy).
/// </summary>
public static class ValueCopier
{
    public static object? Copy(object? value) => value switch
    {
        null => null,
        EntityReference reference => Copy(reference),
        OptionSetValue option => new OptionSetValue(option.Value),
        Money money => new Money(money.Value),
        Entity entity => Copy(entity),
        EntityCollection collection => Copy(collection),
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(Copy).ToList()),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(option => new OptionSetValue(option.Value)).ToList()),
        ColumnSet columns => Copy(columns),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, Copy(aliased.Value)),
        byte[] bytes => (byte[])bytes.Clone(),
        _ => value,
    };

    public static EntityReference Copy(EntityReference reference)
    {
        var copy = new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name, RowVersion = reference.RowVersion };
        if (reference.KeyAttributes.Count > 0)
        {
            foreach (var key in reference.KeyAttributes)
            {
                copy.KeyAttributes[key.Key] = Copy(key.Value);
            }
        }

        return copy;
    }

    public static Entity Copy(Entity entity) => Copy(entity, room: 0);

    /// <summary>A copy whose attribute map has room for <paramref name="room"/> more columns before it grows.</summary>
    internal static Entity Copy(Entity entity, int room)
    {
        var copy = new Entity(entity.LogicalName) { Id = entity.Id, RowVersion = entity.RowVersion, EntityState = entity.EntityState };
        var attributes = entity.Attributes;
        if (attributes.Count + room > 0)
        {
            copy.Attributes = AttributeCollections.WithCapacity(attributes.Count + room);
            using var pairs = ColumnPairs.Of(attributes);
            foreach (var attribute in pairs.Pairs)
            {
                copy.Attributes[attribute.Key] = Copy(attribute.Value);
            }
        }

        if (entity.FormattedValues.Count > 0)
        {
            foreach (var formatted in entity.FormattedValues)
            {
                copy.FormattedValues[formatted.Key] = formatted.Value;
            }
        }

        if (entity.KeyAttributes.Count > 0)
        {
            foreach (var key in entity.KeyAttributes)
            {
                copy.KeyAttributes[key.Key] = Copy(key.Value);
            }
        }

        if (entity.RelatedEntities.Count > 0)
        {
            foreach (var related in entity.RelatedEntities)
            {
                copy.RelatedEntities[related.Key] = Copy(related.Value);
            }
        }

        return copy;
    }

    public static EntityCollection Copy(EntityCollection collection)
    {
        var copy = new EntityCollection(collection.Entities.Select(entity => Copy(entity)).ToList())
        {
            EntityName = collection.EntityName,
            MoreRecords = collection.MoreRecords,
            PagingCookie = collection.PagingCookie,
            TotalRecordCount = collection.TotalRecordCount,
            TotalRecordCountLimitExceeded = collection.TotalRecordCountLimitExceeded,
            MinActiveRowVersion = collection.MinActiveRowVersion,
        };
        return copy;
    }

    public static ColumnSet Copy(ColumnSet columns)
    {
        var copy = new ColumnSet(columns.Columns.ToArray()) { AllColumns = columns.AllColumns };
        return copy;
    }

    /// <summary>A copy of every parameter (queries are passed as they are: they are not copied).</summary>
    public static ParameterCollection Copy(ParameterCollection parameters) => Copy(parameters, targetRoom: 0);

    /// <summary>As <see cref="Copy(ParameterCollection)"/>; an Entity Target gets room for <paramref name="targetRoom"/> more columns.</summary>
    internal static ParameterCollection Copy(ParameterCollection parameters, int targetRoom)
    {
        var copy = new ParameterCollection();
        using var pairs = ColumnPairs.Of(parameters);
        foreach (var parameter in pairs.Pairs)
        {
            copy[parameter.Key] = parameter.Value switch
            {
                QueryBase or OrganizationRequestCollection => parameter.Value,
                Entity target when targetRoom > 0 && parameter.Key == "Target" => Copy(target, targetRoom),
                _ => Copy(parameter.Value),
            };
        }

        return copy;
    }
}
