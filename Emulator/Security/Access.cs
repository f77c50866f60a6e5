using System;
using Microsoft.Crm.Sdk.Messages;

namespace CrmIndependence.Emulator.Security;

/// <summary>What a privilege allows on a table's rows (the eight privileges of a security role).</summary>
public enum Access
{
    Create,
    Read,
    Write,
    Delete,
    Append,
    AppendTo,
    Assign,
    Share,
}

/// <summary>
/// How far a privilege reaches: the user's own rows (Basic, "User"), their business unit's (Local),
/// their unit and the units under it (Deep, "Parent: Child Business Units"), every row (Global, "Organization").
/// </summary>
public enum AccessDepth
{
    Basic = 0,
    Local = 1,
    Deep = 2,
    Global = 3,
}

internal static class AccessNames
{
    public static readonly Access[] All = (Access[])Enum.GetValues(typeof(Access));

    public static AccessRights ToRights(this Access access) => access switch
    {
        Access.Create => AccessRights.CreateAccess,
        Access.Read => AccessRights.ReadAccess,
        Access.Write => AccessRights.WriteAccess,
        Access.Delete => AccessRights.DeleteAccess,
        Access.Append => AccessRights.AppendAccess,
        Access.AppendTo => AccessRights.AppendToAccess,
        Access.Assign => AccessRights.AssignAccess,
        Access.Share => AccessRights.ShareAccess,
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, null),
    };

    /// <summary>The depth names role XML uses (Basic, Local, Deep, Global) and the names the role editor shows.</summary>
    public static AccessDepth ParseDepth(string text, string context) => text.Trim().ToLowerInvariant() switch
    {
        "basic" or "user" => AccessDepth.Basic,
        "local" or "businessunit" or "business unit" => AccessDepth.Local,
        "deep" or "parent: child business units" or "parentchild" => AccessDepth.Deep,
        "global" or "organization" => AccessDepth.Global,
        _ => throw new FormatException($"{context}: the level '{text}' is not a privilege depth; use Basic, Local, Deep or Global."),
    };
}
