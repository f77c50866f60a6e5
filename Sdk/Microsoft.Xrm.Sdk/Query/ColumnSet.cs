using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The columns a query or Retrieve returns: all of them, or the listed ones.</summary>
public sealed class ColumnSet : IExtensibleDataObject
{
    private DataCollection<string> _columns;

    public ColumnSet()
    {
    }

    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        _columns = new DataCollection<string>(columns);
    }

    public bool AllColumns { get; set; }

    public DataCollection<string> Columns => _columns ??= new DataCollection<string>();

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddColumns(params string[] columns)
    {
        foreach (string column in columns)
        {
            Columns.Add(column);
        }
    }

    public void AddColumn(string column)
    {
        Columns.Add(column);
    }
}
