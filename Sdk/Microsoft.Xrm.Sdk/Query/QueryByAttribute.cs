namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// A query for rows whose columns equal given values (<see cref="Attributes"/> and <see cref="Values"/>
/// pair up by position). As in the official SDK, only the parameterless constructor initialises
/// <see cref="ColumnSet"/> and <see cref="PageInfo"/>; with the entity-name constructor they stay null.
/// </summary>
public sealed class QueryByAttribute : QueryBase
{
    private DataCollection<string> _attributes;
    private DataCollection<object> _values;
    private DataCollection<OrderExpression> _orders;

    public QueryByAttribute()
    {
        ColumnSet = new ColumnSet();
        PageInfo = new PagingInfo();
    }

    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
    }

    public string EntityName { get; set; }

    public DataCollection<string> Attributes => _attributes ??= new DataCollection<string>();

    public DataCollection<object> Values => _values ??= new DataCollection<object>();

    public PagingInfo PageInfo { get; set; }

    public ColumnSet ColumnSet { get; set; }

    public DataCollection<OrderExpression> Orders => _orders ??= new DataCollection<OrderExpression>();

    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }
}
