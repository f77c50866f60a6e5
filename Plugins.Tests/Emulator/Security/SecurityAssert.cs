using System;
using System.ServiceModel;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Security;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Emulator.Security;

/// <summary>Roles the conformance tests build, and the faults they expect.</summary>
internal static class SecurityAssert
{
    /// <summary>A role with every privilege on the tables at one depth.</summary>
    public static SecurityRole AllOn(string name, AccessDepth depth, params string[] tables)
    {
        var role = SecurityRole.Define(name);
        foreach (var table in tables)
        {
            role.Grant(table, depth, Access.Create, Access.Read, Access.Write, Access.Delete, Access.Append, Access.AppendTo, Access.Assign, Access.Share);
        }

        return role;
    }

    /// <summary>The call faults with PrivilegeDenied (0x80040220) naming the missing privilege.</summary>
    public static OrganizationServiceFault MissingPrivilege(string privilege, Action action)
    {
        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(action).Detail;
        Assert.AreEqual(Faults.PrivilegeDenied, fault.ErrorCode, fault.Message);
        StringAssert.Contains(fault.Message, $"is missing {privilege} privilege");
        return fault;
    }

    /// <summary>The call faults with SecLib::AccessCheckEx (the privilege is held, but does not reach the record).</summary>
    public static OrganizationServiceFault OutOfReach(string accessRight, Action action)
    {
        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(action).Detail;
        Assert.AreEqual(Faults.AccessCheckFailed, fault.ErrorCode, fault.Message);
        StringAssert.StartsWith(fault.Message, "SecLib::AccessCheckEx failed.");
        StringAssert.Contains(fault.Message, "AccessRights: " + accessRight);
        return fault;
    }
}
