using System;
using System.Linq;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Metadata;

namespace CrmIndependence.Emulator.Metadata.Describing;

/// <summary>
/// Describes a table as RetrieveEntity returns it: always its names, ownership, primary columns and flags;
/// with EntityFilters.Attributes its columns, with EntityFilters.Relationships its 1:N, N:1 and N:N
/// relationships (others stay null, as the platform leaves them). Keys come with the table.
/// </summary>
internal static class EntityDescriber
{
    public static Guid MetadataIdOf(string table) => DeterministicId.For("emulator-entity:" + table);

    public static EntityMetadata Describe(MetadataCatalog catalog, TableDefinition table, EntityFilters filters)
    {
        var entity = new EntityMetadata
        {
            LogicalName = table.LogicalName,
            DisplayName = Labels.Of(table.DisplayName),
            DisplayCollectionName = new Label(),
            Description = new Label(),
            IsActivity = table.IsActivity,
            OwnershipType = table.Ownership switch
            {
                TableOwnership.UserOrTeam => OwnershipTypes.UserOwned,
                TableOwnership.Organization => OwnershipTypes.OrganizationOwned,
                TableOwnership.BusinessUnit => OwnershipTypes.BusinessOwned,
                _ => OwnershipTypes.None,
            },
            HasActivities = table.HasActivities,
            MetadataId = MetadataIdOf(table.LogicalName),
        };
        entity
            .Set(nameof(EntityMetadata.PrimaryIdAttribute), table.PrimaryIdAttribute)
            .Set(nameof(EntityMetadata.PrimaryNameAttribute), table.PrimaryNameAttribute)
            .Set(nameof(EntityMetadata.ObjectTypeCode), table.ObjectTypeCode)
            .Set(nameof(EntityMetadata.IsIntersect), table.IsIntersect)
            .Set(nameof(EntityMetadata.IsCustomEntity), AttributeDescriber.IsCustomTable(table))
            .Set(nameof(EntityMetadata.IsStateModelAware), table.HasStateModel)
            .Set(nameof(EntityMetadata.Keys), table.Keys.Select(key => Key(table, key)).ToArray());

        if (filters.HasFlag(EntityFilters.Attributes))
        {
            entity.Set(
                nameof(EntityMetadata.Attributes),
                table.Columns.OrderBy(column => column.LogicalName, StringComparer.Ordinal).Select(column => AttributeDescriber.Describe(catalog, table, column)).ToArray());
        }

        if (filters.HasFlag(EntityFilters.Relationships))
        {
            var oneToMany = catalog.OneToManyRelationships().ToList();
            entity
                .Set(nameof(EntityMetadata.OneToManyRelationships), oneToMany.Where(one => one.ReferencedTable == table.LogicalName).Select(one => OneToMany(catalog, one)).ToArray())
                .Set(nameof(EntityMetadata.ManyToOneRelationships), oneToMany.Where(one => one.ReferencingTable == table.LogicalName).Select(one => OneToMany(catalog, one)).ToArray())
                .Set(nameof(EntityMetadata.ManyToManyRelationships), catalog.ManyToManyOf(table.LogicalName).Select(ManyToMany).ToArray());
        }

        return entity;
    }

    private static EntityKeyMetadata Key(TableDefinition table, AlternateKeyDefinition key) =>
        new EntityKeyMetadata
        {
            LogicalName = key.Name,
            DisplayName = Labels.Of(key.Name),
            KeyAttributes = key.Columns.ToArray(),
            MetadataId = DeterministicId.For($"emulator-key:{table.LogicalName}.{key.Name}"),
        }.Set(nameof(EntityKeyMetadata.EntityLogicalName), table.LogicalName);

    private static OneToManyRelationshipMetadata OneToMany(MetadataCatalog catalog, OneToManyRelationship relationship)
    {
        var referenced = catalog.FindTable(relationship.ReferencedTable);
        var metadata = new OneToManyRelationshipMetadata
        {
            SchemaName = relationship.SchemaName,
            ReferencedEntity = relationship.ReferencedTable,
            ReferencedAttribute = referenced?.PrimaryIdAttribute,
            ReferencingEntity = relationship.ReferencingTable,
            ReferencingAttribute = relationship.ReferencingAttribute,
            IsHierarchical = referenced != null && relationship.ReferencingTable == referenced.LogicalName && referenced.HierarchyParentAttribute == relationship.ReferencingAttribute,
            MetadataId = DeterministicId.For("emulator-relationship:" + relationship.SchemaName),
        };
        return metadata;
    }

    private static ManyToManyRelationshipMetadata ManyToMany(ManyToManyRelationship relationship) =>
        new()
        {
            SchemaName = relationship.SchemaName,
            IntersectEntityName = relationship.IntersectTable,
            Entity1LogicalName = relationship.Table1,
            Entity1IntersectAttribute = relationship.Table1IntersectAttribute,
            Entity2LogicalName = relationship.Table2,
            Entity2IntersectAttribute = relationship.Table2IntersectAttribute,
            MetadataId = DeterministicId.For("emulator-relationship:" + relationship.SchemaName),
        };
}
