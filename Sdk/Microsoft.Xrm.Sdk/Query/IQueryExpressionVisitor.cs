namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Visits (and may rewrite) a <see cref="QueryExpression"/>.</summary>
public interface IQueryExpressionVisitor
{
    QueryExpression Visit(QueryExpression query);
}
