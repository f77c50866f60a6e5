using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Binding;
using CrmIndependence.Emulator.Querying.Model;
using CrmIndependence.Emulator.Querying.Values;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Querying.Evaluation;

/// <summary>
/// Turns one bound condition into a predicate: checks the number of values, converts them to the
/// column's kind and computes everything that does not depend on the row (date ranges, hierarchies).
/// An operator this engine does not implement is a fault naming it, never a silent wrong answer.
/// </summary>
internal sealed class ConditionCompiler
{
    private readonly IQuerySource _source;
    private readonly DateTime _now;

    public ConditionCompiler(IQuerySource source)
    {
        _source = source;
        _now = source.UtcNow;
    }

    public RowPredicate Compile(BoundColumn column, ConditionNode condition)
    {
        var op = condition.Operator;
        var values = condition.Values;
        var table = column.Table.LogicalName;
        switch (op)
        {
            case ConditionOperator.Null:
            case ConditionOperator.NotNull:
                Expect(condition, column, 0, 0);
                return new NullPredicate(column, op == ConditionOperator.Null);

            case ConditionOperator.Equal:
            case ConditionOperator.NotEqual:
            case ConditionOperator.GreaterThan:
            case ConditionOperator.GreaterEqual:
            case ConditionOperator.LessThan:
            case ConditionOperator.LessEqual:
                Expect(condition, column, 1, 1);
                RefuseKinds(condition, column, QueryColumnKind.MultiChoice);
                return new ComparisonPredicate(column, ComparisonOf(op), Value(condition, column, values[0]));

            case ConditionOperator.In:
            case ConditionOperator.NotIn:
                Expect(condition, column, 1, int.MaxValue);
                RefuseKinds(condition, column, QueryColumnKind.MultiChoice);
                var set = new List<object>(values.Length);
                foreach (var value in values)
                {
                    set.Add(Value(condition, column, value));
                }
                return new InPredicate(column, set, op == ConditionOperator.NotIn);

            case ConditionOperator.Between:
            case ConditionOperator.NotBetween:
                Expect(condition, column, 2, 2);
                return new RangePredicate(column, Value(condition, column, values[0]), true,
                    Value(condition, column, values[1]), true, op == ConditionOperator.NotBetween);

            case ConditionOperator.Like:
            case ConditionOperator.NotLike:
            case ConditionOperator.BeginsWith:
            case ConditionOperator.DoesNotBeginWith:
            case ConditionOperator.EndsWith:
            case ConditionOperator.DoesNotEndWith:
            case ConditionOperator.Contains:
            case ConditionOperator.DoesNotContain:
                Expect(condition, column, 1, 1);
                RequireKinds(condition, column, QueryColumnKind.Text, QueryColumnKind.Memo);
                return Like(column, op, (string)Value(condition, column, values[0]));

            case ConditionOperator.On:
            case ConditionOperator.OnOrBefore:
            case ConditionOperator.OnOrAfter:
            case ConditionOperator.NotOn:
                Expect(condition, column, 1, 1);
                RequireKinds(condition, column, QueryColumnKind.DateTime);
                var day = DateRanges.OnDate(op, (DateTime)Value(condition, column, values[0]))!.Value;
                return Range(column, day, op == ConditionOperator.NotOn);

            case ConditionOperator.EqualUserId:
            case ConditionOperator.NotEqualUserId:
            case ConditionOperator.EqualBusinessId:
            case ConditionOperator.NotEqualBusinessId:
                Expect(condition, column, 0, 0);
                RequireIdKind(condition, column);
                var id = op is ConditionOperator.EqualUserId or ConditionOperator.NotEqualUserId
                    ? _source.CallerId
                    : _source.CallerBusinessUnitId;
                var equal = op is ConditionOperator.EqualUserId or ConditionOperator.EqualBusinessId;
                return new ComparisonPredicate(column, equal ? Comparison.Equal : Comparison.NotEqual, id);

            case ConditionOperator.EqualUserTeams:
            case ConditionOperator.EqualUserOrUserTeams:
                // The teams the caller is a member of (teammembership), and with eq-useroruserteams the caller too.
                Expect(condition, column, 0, 0);
                RequireIdKind(condition, column);
                var teams = TeamsOf(_source.CallerId);
                if (op == ConditionOperator.EqualUserOrUserTeams)
                {
                    teams.Add(_source.CallerId);
                }

                return new IdSetPredicate(column, teams, negated: false);

            case ConditionOperator.EqualUserOrUserHierarchy:
                Expect(condition, column, 0, 0);
                RequireIdKind(condition, column);
                var users = _source.Table("systemuser");
                var userHierarchy = HierarchyOf(users, condition, column);
                var ids = userHierarchy.Descendants(_source.CallerId);
                ids.Add(_source.CallerId);
                return new IdSetPredicate(column, ids, negated: false);

            case ConditionOperator.Under:
            case ConditionOperator.UnderOrEqual:
            case ConditionOperator.NotUnder:
            case ConditionOperator.Above:
            case ConditionOperator.AboveOrEqual:
                return CompileHierarchy(column, condition);
        }

        if (DateRanges.Relative(op, _now) is { } relative)
        {
            Expect(condition, column, 0, 0);
            RequireKinds(condition, column, QueryColumnKind.DateTime);
            return Range(column, relative, negated: false);
        }
        if (DateRanges.WithCount(op, 0, _now) is not null)
        {
            Expect(condition, column, 1, 1);
            RequireKinds(condition, column, QueryColumnKind.DateTime);
            var x = ValueConverter.ToCount(values[0], condition.ValuesAreText, table, column.Name);
            return Range(column, DateRanges.WithCount(op, x, _now)!.Value, negated: false);
        }
        throw QueryFaults.UnsupportedOperator(condition.OperatorText, table, column.Name);
    }

    /// <summary>A column compared with another column of the joined row.</summary>
    public static RowPredicate CompileColumnComparison(BoundColumn column, ConditionNode condition, BoundColumn other)
    {
        var comparison = condition.Operator switch
        {
            ConditionOperator.Equal or ConditionOperator.NotEqual or ConditionOperator.GreaterThan
                or ConditionOperator.GreaterEqual or ConditionOperator.LessThan or ConditionOperator.LessEqual
                => ComparisonOf(condition.Operator),
            _ => throw QueryFaults.Unsupported($"column comparison with the operator '{condition.OperatorText}' (on {column})"),
        };
        return new ColumnComparisonPredicate(column, comparison, other);
    }

    private RowPredicate CompileHierarchy(BoundColumn column, ConditionNode condition)
    {
        Expect(condition, column, 1, 1);
        if (!column.IsPrimaryKey)
        {
            throw QueryFaults.InvalidQuery(
                $"The hierarchy operator '{condition.OperatorText}' applies to the primary key of a hierarchical table, not to {column}.");
        }
        var hierarchy = HierarchyOf(column.Table, condition, column);
        var target = (Guid)Value(condition, column, condition.Values[0]);
        var op = condition.Operator;
        var ids = op is ConditionOperator.Above or ConditionOperator.AboveOrEqual
            ? hierarchy.Ancestors(target)
            : hierarchy.Descendants(target);
        if (op is ConditionOperator.UnderOrEqual or ConditionOperator.AboveOrEqual)
        {
            ids.Add(target);
        }
        return new IdSetPredicate(column, ids, negated: op == ConditionOperator.NotUnder);
    }

    private HashSet<Guid> TeamsOf(Guid user)
    {
        var teams = new HashSet<Guid>();
        foreach (var membership in _source.Table("teammembership").RowsWhereEqual("systemuserid", user))
        {
            if (membership.GetAttributeValue<Guid>("systemuserid") == user && membership.GetAttributeValue<Guid>("teamid") is var team && team != Guid.Empty)
            {
                teams.Add(team);
            }
        }

        return teams;
    }

    private static Hierarchy HierarchyOf(IQueryTable table, ConditionNode condition, BoundColumn column) =>
        table.HierarchyParentAttribute is { } parent
            ? new Hierarchy(table, parent)
            : throw QueryFaults.InvalidQuery(
                $"The operator '{condition.OperatorText}' (on {column}) needs a hierarchy, and '{table.LogicalName}' has none.");

    private static RowPredicate Like(BoundColumn column, ConditionOperator op, string text)
    {
        var pattern = op switch
        {
            ConditionOperator.BeginsWith or ConditionOperator.DoesNotBeginWith => text + "%",
            ConditionOperator.EndsWith or ConditionOperator.DoesNotEndWith => "%" + text,
            ConditionOperator.Contains or ConditionOperator.DoesNotContain => "%" + text + "%",
            _ => text,
        };
        var negated = op is ConditionOperator.NotLike or ConditionOperator.DoesNotBeginWith
            or ConditionOperator.DoesNotEndWith or ConditionOperator.DoesNotContain;
        return new LikePredicate(column, pattern, negated);
    }

    private static RowPredicate Range(BoundColumn column, DateRange range, bool negated) =>
        new RangePredicate(column, range.From, range.FromInclusive, range.To, range.ToInclusive, negated);

    private static Comparison ComparisonOf(ConditionOperator op) => op switch
    {
        ConditionOperator.Equal => Comparison.Equal,
        ConditionOperator.NotEqual => Comparison.NotEqual,
        ConditionOperator.GreaterThan => Comparison.Greater,
        ConditionOperator.GreaterEqual => Comparison.GreaterOrEqual,
        ConditionOperator.LessThan => Comparison.Less,
        _ => Comparison.LessOrEqual,
    };

    private static object Value(ConditionNode condition, BoundColumn column, object? value) =>
        ValueConverter.Convert(value, condition.ValuesAreText, column.Kind, column.Table.LogicalName, column.Name);

    private static void Expect(ConditionNode condition, BoundColumn column, int min, int max)
    {
        var count = condition.Values.Length;
        if (count < min || count > max)
        {
            var expected = min == max
                ? (min == 0 ? "no value" : min == 1 ? "one value" : $"{min} values")
                : "at least one value";
            throw QueryFaults.WrongValueCount(column.Table.LogicalName, column.Name, condition.OperatorText, expected, count);
        }
    }

    private static void RequireKinds(ConditionNode condition, BoundColumn column, params QueryColumnKind[] kinds)
    {
        if (Array.IndexOf(kinds, column.Kind) < 0)
        {
            throw QueryFaults.OperatorNotValidForColumn(condition.OperatorText, column.Table.LogicalName, column.Name, column.Kind);
        }
    }

    private static void RefuseKinds(ConditionNode condition, BoundColumn column, params QueryColumnKind[] kinds)
    {
        if (Array.IndexOf(kinds, column.Kind) >= 0)
        {
            throw QueryFaults.Unsupported($"the operator '{condition.OperatorText}' on {column}, a column of type {column.Kind}");
        }
    }

    private static void RequireIdKind(ConditionNode condition, BoundColumn column) =>
        RequireKinds(condition, column, QueryColumnKind.UniqueIdentifier, QueryColumnKind.Lookup,
            QueryColumnKind.Owner, QueryColumnKind.Customer);
}
