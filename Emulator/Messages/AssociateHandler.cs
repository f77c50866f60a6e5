using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// Associate and Disassociate: an N:N relationship adds or removes intersect rows; a 1:N relationship
/// sets or clears the lookup on the referencing rows (through their Update pipeline, as the platform does).
/// </summary>
internal sealed class AssociateHandler : MessageHandler
{
    private readonly bool associate;

    public AssociateHandler(bool associate)
    {
        this.associate = associate;
    }

    public override string MessageName => associate ? "Associate" : "Disassociate";

    public override void Prepare(MessageExecution exec)
    {
        var target = exec.Required<EntityReference>("Target");
        var relationship = exec.Required<Relationship>("Relationship");
        var related = exec.Required<EntityReferenceCollection>("RelatedEntities");
        var table = TableOf(exec, target.LogicalName);
        var row = RowOf(exec, table, target);
        _ = Definition(exec, relationship);
        foreach (var reference in related)
        {
            RowOf(exec, TableOf(exec, reference.LogicalName), reference);
        }

        exec.PrimaryEntityName = table.LogicalName;
        exec.PrimaryEntityId = row.Id;
    }

    public override void Execute(MessageExecution exec)
    {
        var target = new EntityReference(exec.PrimaryEntityName, exec.PrimaryEntityId);
        var related = exec.Required<EntityReferenceCollection>("RelatedEntities");
        switch (Definition(exec, exec.Required<Relationship>("Relationship")))
        {
            case ManyToManyRelationship manyToMany:
                foreach (var other in related)
                {
                    Link(exec, manyToMany, target, Resolve(exec, other));
                }

                break;
            case OneToManyRelationship oneToMany:
                SetLookups(exec, oneToMany, target, related.Select(other => Resolve(exec, other)).ToList());
                break;
        }
    }

    public override OrganizationResponse Respond(MessageExecution exec) =>
        associate ? WithResults(new AssociateResponse(), exec) : WithResults(new DisassociateResponse(), exec);

    private static RelationshipDefinition Definition(MessageExecution exec, Relationship relationship) =>
        exec.Engine.Catalog.FindRelationship(relationship.SchemaName ?? string.Empty)
        ?? throw Faults.Refused($"There is no relationship named '{relationship.SchemaName}'.");

    private static EntityReference Resolve(MessageExecution exec, EntityReference reference)
    {
        var row = RowOf(exec, TableOf(exec, reference.LogicalName), reference);
        return new EntityReference(row.Table, row.Id);
    }

    private void Link(MessageExecution exec, ManyToManyRelationship relationship, EntityReference target, EntityReference other)
    {
        var store = exec.Engine.Store;
        string targetColumn, otherColumn;
        if (target.LogicalName == relationship.Table1 && other.LogicalName == relationship.Table2)
        {
            (targetColumn, otherColumn) = (relationship.Table1IntersectAttribute, relationship.Table2IntersectAttribute);
        }
        else if (target.LogicalName == relationship.Table2 && other.LogicalName == relationship.Table1)
        {
            (targetColumn, otherColumn) = (relationship.Table2IntersectAttribute, relationship.Table1IntersectAttribute);
        }
        else
        {
            throw Faults.Refused($"The relationship '{relationship.SchemaName}' joins {relationship.Table1} and {relationship.Table2}, not {target.LogicalName} and {other.LogicalName}.");
        }

        var intersect = exec.Engine.Catalog.Table(relationship.IntersectTable);
        var existing = store.Table(intersect.LogicalName).RowsWhereEqual(targetColumn, target.Id)
            .FirstOrDefault(link => link[otherColumn] is Guid id && id == other.Id);
        if (associate)
        {
            if (existing != null)
            {
                throw Faults.Create(Faults.DuplicateRecord, $"Cannot insert duplicate key: {target.LogicalName} {target.Id} and {other.LogicalName} {other.Id} are already associated through '{relationship.SchemaName}'.");
            }

            store.Insert(intersect, exec.Engine.NewId(), new Dictionary<string, object?>
            {
                [targetColumn] = target.Id,
                [otherColumn] = other.Id,
            });
        }
        else if (existing != null)
        {
            store.Delete(existing);
        }
    }

    private void SetLookups(MessageExecution exec, OneToManyRelationship relationship, EntityReference target, IReadOnlyList<EntityReference> related)
    {
        if (target.LogicalName == relationship.ReferencedTable && related.All(other => other.LogicalName == relationship.ReferencingTable))
        {
            foreach (var child in related)
            {
                SetLookup(exec, child, relationship.ReferencingAttribute, target);
            }
        }
        else if (target.LogicalName == relationship.ReferencingTable && related.Count == 1 && related[0].LogicalName == relationship.ReferencedTable)
        {
            SetLookup(exec, target, relationship.ReferencingAttribute, related[0]);
        }
        else
        {
            throw Faults.Refused($"The relationship '{relationship.SchemaName}' links {relationship.ReferencedTable} (one) to {relationship.ReferencingTable} (many); it cannot relate these rows.");
        }
    }

    private void SetLookup(MessageExecution exec, EntityReference child, string column, EntityReference parent)
    {
        if (!associate && !(exec.Engine.Store.Find(child.LogicalName, child.Id)?[column] is EntityReference current && current.Id == parent.Id))
        {
            return;
        }

        var update = new Entity(child.LogicalName, child.Id) { [column] = associate ? new EntityReference(parent.LogicalName, parent.Id) : null };
        exec.Engine.ExecuteChild(exec, new UpdateRequest { Target = update });
    }
}
