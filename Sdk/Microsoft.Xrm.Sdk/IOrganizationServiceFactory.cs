using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Creates organization services that run as a given user (null: the user the step runs as).</summary>
public interface IOrganizationServiceFactory
{
    IOrganizationService CreateOrganizationService(Guid? userId);
}
