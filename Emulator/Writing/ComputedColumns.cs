using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Writing;

/// <summary>
/// Columns the platform computes on write: fullname of contact and systemuser from first and last name; a
/// note's filesize from its attachment (documentbody, base64: the decoded bytes) and its objecttypecode
/// from what it is regarding (objectid).
/// </summary>
internal static class ComputedColumns
{
    public static void Apply(TableDefinition table, IDictionary<string, object?> values, StoredRow? existing)
    {
        if (table.LogicalName == "annotation")
        {
            Note(values);
            return;
        }

        if (table.LogicalName == "appointment")
        {
            AppointmentDuration(values, existing);
            return;
        }

        if (table.LogicalName is not ("contact" or "systemuser"))
        {
            return;
        }

        if (!values.ContainsKey("firstname") && !values.ContainsKey("lastname"))
        {
            return;
        }

        var first = values.TryGetValue("firstname", out var f) ? f as string : existing?["firstname"] as string;
        var last = values.TryGetValue("lastname", out var l) ? l as string : existing?["lastname"] as string;
        var full = string.Join(" ", new[] { first, last }).Trim();
        values["fullname"] = full.Length == 0 ? null : full;
    }

    private static void Note(IDictionary<string, object?> values)
    {
        if (values.TryGetValue("documentbody", out var body))
        {
            values["filesize"] = body is string text ? SizeOf(text) : null;
        }

        if (values.TryGetValue("objectid", out var regarding))
        {
            values["objecttypecode"] = (regarding as EntityReference)?.LogicalName;
        }
    }

    /// <summary>
    /// An appointment's scheduleddurationminutes is the minutes from scheduledstart to scheduledend, whenever either
    /// is written; an end before the start is refused.
    /// </summary>
    private static void AppointmentDuration(IDictionary<string, object?> values, StoredRow? existing)
    {
        if (!values.ContainsKey("scheduledstart") && !values.ContainsKey("scheduledend"))
        {
            return;
        }

        var start = values.TryGetValue("scheduledstart", out var s) ? s as DateTime? : existing?["scheduledstart"] as DateTime?;
        var end = values.TryGetValue("scheduledend", out var e) ? e as DateTime? : existing?["scheduledend"] as DateTime?;
        if (start.HasValue && end.HasValue)
        {
            if (end.Value < start.Value)
            {
                throw Faults.ValueOutOfRange("appointment", "scheduledend", end.Value, $"an appointment cannot end before it starts ({start.Value:u}); set the end at or after the start");
            }

            values["scheduleddurationminutes"] = (int)(end.Value - start.Value).TotalMinutes;
        }
    }

    private static int SizeOf(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64).Length;
        }
        catch (FormatException)
        {
            throw Faults.Refused("The documentbody of a note must be the attachment's bytes in base64 (Convert.ToBase64String); the value given is not base64.");
        }
    }
}
