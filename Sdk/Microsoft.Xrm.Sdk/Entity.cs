using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Client;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A row of a table: logical name, id and a bag of columns. <see cref="Id"/> is kept apart from the
/// column bag, as in the official SDK (early-bound classes override it to mirror the primary key column).
/// </summary>
public class Entity : IExtensibleDataObject
{
    private AttributeCollection _attributes;
    private FormattedValueCollection _formattedValues;
    private RelatedEntityCollection _relatedEntities;
    private KeyAttributeCollection _keyAttributes;

    public Entity()
        : this((string)null)
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    public Entity(string entityName, Guid id)
    {
        LogicalName = entityName;
        Id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
    {
        LogicalName = entityName;
        KeyAttributes.Add(keyName, keyValue);
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
    {
        LogicalName = entityName;
        _keyAttributes = keyAttributes;
    }

    public string LogicalName { get; set; }

    public virtual Guid Id { get; set; }

    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    public EntityState? EntityState { get; set; }

    public FormattedValueCollection FormattedValues
    {
        get => _formattedValues ??= new FormattedValueCollection();
        internal set => _formattedValues = value;
    }

    public RelatedEntityCollection RelatedEntities
    {
        get => _relatedEntities ??= new RelatedEntityCollection();
        internal set => _relatedEntities = value;
    }

    public string RowVersion { get; set; }

    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    /// <summary>Gets a column (throws <see cref="KeyNotFoundException"/> when absent) or adds/replaces it.</summary>
    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    /// <summary>
    /// Converts to <typeparamref name="T"/>: to <see cref="Entity"/> always; to an early-bound class when
    /// its <see cref="EntityLogicalNameAttribute"/> matches <see cref="LogicalName"/>. The copy shares this
    /// entity's collections.
    /// </summary>
    public T ToEntity<T>()
        where T : Entity
    {
        if (typeof(T) == typeof(Entity))
        {
            var copy = new Entity();
            ShallowCopyTo(copy);
            return (T)copy;
        }

        if (string.IsNullOrWhiteSpace(LogicalName))
        {
            throw new NotSupportedException("LogicalName must be set before calling ToEntity()");
        }

        var attribute = (EntityLogicalNameAttribute)typeof(T)
            .GetCustomAttributes(typeof(EntityLogicalNameAttribute), true)
            .FirstOrDefault();
        string targetName = attribute?.LogicalName;
        if (string.IsNullOrWhiteSpace(targetName))
        {
            throw new NotSupportedException("Cannot convert to type that is does not have EntityLogicalNameAttribute");
        }

        if (LogicalName != targetName)
        {
            throw new NotSupportedException(
                string.Format(CultureInfo.InvariantCulture, "Cannot convert entity {0} to {1}", LogicalName, targetName));
        }

        T result = (T)Activator.CreateInstance(typeof(T));
        ShallowCopyTo(result);
        return result;
    }

    /// <summary>A new reference with this entity's logical name, id and row version (not its key columns).</summary>
    public EntityReference ToEntityReference() =>
        new EntityReference(LogicalName, Id) { RowVersion = RowVersion };

    /// <summary>The column's value cast to <typeparamref name="T"/>; <c>default</c> when the column is absent or null.</summary>
    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        object value = GetAttributeValueOrNull(attributeLogicalName);
        return value == null ? default : (T)value;
    }

    /// <summary>
    /// Gets the column's value when it is present, non-null and of type <typeparamref name="T"/> (or
    /// convertible to it by its type converter); otherwise returns false.
    /// </summary>
    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        try
        {
            object value = GetAttributeValueOrNull(attributeKey);
            if (value is T typed)
            {
                result = typed;
                return true;
            }

            if (value != null)
            {
                result = (T)TypeDescriptor.GetConverter(typeof(T)).ConvertFrom(value);
                return true;
            }
        }
        catch (Exception)
        {
            // Not convertible: reported as "no value", like the official SDK.
        }

        result = default;
        return false;
    }

    protected virtual void SetAttributeValue(string attributeLogicalName, object value)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        this[attributeLogicalName] = value;
    }

    protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        return FormattedValues.TryGetValue(attributeLogicalName, out string value) ? value : null;
    }

    protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        Relationship key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        return RelatedEntities.TryGetValue(key, out EntityCollection related)
            ? (TEntity)related.Entities.FirstOrDefault()
            : null;
    }

    protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity)
        where TEntity : Entity
    {
        Relationship key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        if (entity != null && string.IsNullOrWhiteSpace(entity.LogicalName))
        {
            throw new ArgumentException("The entity is missing a value for the 'LogicalName' property.", nameof(entity));
        }

        if (entity == null)
        {
            RelatedEntities.Remove(key);
            return;
        }

        RelatedEntities[key] = new EntityCollection(new List<Entity> { entity }) { EntityName = entity.LogicalName };
    }

    protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        Relationship key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        return RelatedEntities.TryGetValue(key, out EntityCollection related)
            ? related.Entities.Cast<TEntity>()
            : null;
    }

    protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities)
        where TEntity : Entity
    {
        Relationship key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        if (entities == null)
        {
            RelatedEntities.Remove(key);
            return;
        }

        var list = new List<Entity>(entities);
        if (list.Any(e => string.IsNullOrWhiteSpace(e.LogicalName)))
        {
            throw new ArgumentException("An entity is missing a value for the 'LogicalName' property.", nameof(entities));
        }

        RelatedEntities[key] = new EntityCollection(list) { EntityName = list.FirstOrDefault()?.LogicalName };
    }

    /// <summary>Copies identity and shares the collections with <paramref name="target"/> (what ToEntity does).</summary>
    internal void ShallowCopyTo(Entity target)
    {
        if (target == null || ReferenceEquals(target, this))
        {
            return;
        }

        target.Id = Id;
        target.LogicalName = LogicalName;
        target.EntityState = EntityState;
        target._relatedEntities = RelatedEntities;
        target._attributes = Attributes;
        target._formattedValues = FormattedValues;
        target.ExtensionData = ExtensionData;
        target.RowVersion = RowVersion;
        target._keyAttributes = KeyAttributes;
    }

    private object GetAttributeValueOrNull(string attributeLogicalName)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        return Attributes.TryGetValue(attributeLogicalName, out object value) ? value : null;
    }

    private static Relationship RelationshipKey(string relationshipSchemaName, EntityRole? primaryEntityRole)
    {
        if (string.IsNullOrWhiteSpace(relationshipSchemaName))
        {
            throw new ArgumentNullException(nameof(relationshipSchemaName));
        }

        return new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
    }
}
