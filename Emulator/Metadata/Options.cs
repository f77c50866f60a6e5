using System.Collections.Generic;

namespace CrmIndependence.Emulator.Metadata;

/// <summary>One option of a choice column: its stored value and its label.</summary>
public sealed record OptionDefinition(int Value, string Label);

/// <summary>One value of statecode, with the status reason the platform sets when none is given.</summary>
public sealed record StateDefinition(int Value, string Label, int DefaultStatus);

/// <summary>One value of statuscode and the state it belongs to.</summary>
public sealed record StatusDefinition(int Value, string Label, int State);

/// <summary>An alternate key: a name and the columns whose values identify one row.</summary>
public sealed record AlternateKeyDefinition(string Name, IReadOnlyList<string> Columns);

/// <summary>A global choice (option set shared by columns, found by name with RetrieveOptionSet).</summary>
public sealed record GlobalChoiceDefinition(string Name, string DisplayName, IReadOnlyList<OptionDefinition> Options);
