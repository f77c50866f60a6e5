namespace CrmIndependence.Emulator.Metadata;

/// <summary>A relationship between tables, known by its schema name (what Associate/Disassociate name).</summary>
public abstract record RelationshipDefinition(string SchemaName);

/// <summary>1:N: rows of <see cref="ReferencingTable"/> point at a row of <see cref="ReferencedTable"/> through a lookup.</summary>
public sealed record OneToManyRelationship(string SchemaName, string ReferencedTable, string ReferencingTable, string ReferencingAttribute)
    : RelationshipDefinition(SchemaName);

/// <summary>N:N: an intersect table holds one row per associated pair.</summary>
public sealed record ManyToManyRelationship(
    string SchemaName,
    string IntersectTable,
    string Table1,
    string Table1IntersectAttribute,
    string Table2,
    string Table2IntersectAttribute)
    : RelationshipDefinition(SchemaName)
{
    /// <summary>The intersect column that holds the id of a row of <paramref name="table"/>, and the other one.</summary>
    public (string Own, string Other, string OtherTable) ColumnsFrom(string table) =>
        table == Table1
            ? (Table1IntersectAttribute, Table2IntersectAttribute, Table2)
            : (Table2IntersectAttribute, Table1IntersectAttribute, Table1);
}
