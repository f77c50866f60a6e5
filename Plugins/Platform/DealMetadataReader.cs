using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.StageGates;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Metadata;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// Reads the opportunity's metadata with ONE RetrieveEntity (attributes and relationships): its columns with the
    /// types the configuration rules understand, and the 1:N relationships whose lookups point at it. That call
    /// cannot fail on a typo in a configuration row (it names only the opportunity), so it is safe inside the
    /// platform's transaction, where a failed call cannot be caught
    /// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveentityrequest). Columns of other types
    /// (unique identifiers, images, files, virtual columns) are left out: no rule reads them.
    /// </summary>
    public static class DealMetadataReader
    {
        public static DealMetadata Read(IOrganizationService service)
        {
            var response = (RetrieveEntityResponse)service.Execute(new RetrieveEntityRequest
            {
                LogicalName = Opportunity.EntityName,
                EntityFilters = EntityFilters.Attributes | EntityFilters.Relationships,
            });
            var entity = response.EntityMetadata;
            var columns = new List<KeyValuePair<string, ColumnType>>();
            foreach (var attribute in entity.Attributes ?? new AttributeMetadata[0])
            {
                var type = TypeOf(attribute.AttributeType);
                if (type.HasValue && !string.IsNullOrEmpty(attribute.LogicalName))
                {
                    columns.Add(new KeyValuePair<string, ColumnType>(attribute.LogicalName, type.Value));
                }
            }

            var lookups = (entity.OneToManyRelationships ?? new OneToManyRelationshipMetadata[0])
                .Where(relationship => !string.IsNullOrEmpty(relationship.ReferencingEntity) && !string.IsNullOrEmpty(relationship.ReferencingAttribute))
                .Select(relationship => new RelatedRecordKey(relationship.ReferencingEntity, relationship.ReferencingAttribute));
            return new DealMetadata(ColumnCatalog.Empty.With(columns), lookups);
        }

        private static ColumnType? TypeOf(AttributeTypeCode? code)
        {
            switch (code)
            {
                case AttributeTypeCode.String:
                case AttributeTypeCode.Memo:
                    return ColumnType.Text;
                case AttributeTypeCode.Money:
                case AttributeTypeCode.Decimal:
                case AttributeTypeCode.Double:
                    return ColumnType.Number;
                case AttributeTypeCode.Integer:
                case AttributeTypeCode.BigInt:
                    return ColumnType.WholeNumber;
                case AttributeTypeCode.Boolean:
                    return ColumnType.Boolean;
                case AttributeTypeCode.DateTime:
                    return ColumnType.DateTime;
                case AttributeTypeCode.Lookup:
                case AttributeTypeCode.Customer:
                case AttributeTypeCode.Owner:
                    return ColumnType.Lookup;
                case AttributeTypeCode.Picklist:
                case AttributeTypeCode.State:
                case AttributeTypeCode.Status:
                    return ColumnType.Choice;
                default:
                    return null;
            }
        }
    }
}
