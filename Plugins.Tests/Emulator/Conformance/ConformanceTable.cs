using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.Tests.Emulator.Conformance;

/// <summary>
/// A table of documented platform rules, each with the scenario that shows the emulator keeps it. The
/// rule text is the test row's name, so a failing row says which rule broke.
/// </summary>
internal sealed class ConformanceTable
{
    private readonly List<(string Rule, Action Check)> rows = new();

    public ConformanceTable Add(string rule, Action check)
    {
        if (rows.Any(row => row.Rule == rule))
        {
            throw new ArgumentException($"The rule '{rule}' is in the table twice.");
        }

        rows.Add((rule, check));
        return this;
    }

    public IEnumerable<object[]> Rows => rows.Select(row => new object[] { row.Rule });

    public void Check(string rule) => rows.Single(row => row.Rule == rule).Check();
}
