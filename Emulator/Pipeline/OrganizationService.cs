using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// IOrganizationService over the emulator: every method becomes its request and runs through the
/// pipeline as <see cref="Caller"/>. From a plug-in, each call is counted on the plug-in's execution record.
/// </summary>
internal sealed class OrganizationService : IOrganizationService
{
    private readonly OrgEngine engine;
    private readonly Caller caller;

    public OrganizationService(OrgEngine engine, Caller caller)
    {
        this.engine = engine;
        this.caller = caller;
    }

    public Guid UserId => caller.UserId;

    public Guid Create(Entity entity)
    {
        var response = Send(new CreateRequest { Target = entity });
        return (Guid)response.Results["id"];
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        var response = Send(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet });
        return (Entity)response.Results["Entity"];
    }

    public void Update(Entity entity) => Send(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Send(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public OrganizationResponse Execute(OrganizationRequest request) => Send(request ?? throw new ArgumentNullException(nameof(request)));

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Send(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Send(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        var response = Send(new RetrieveMultipleRequest { Query = query });
        return (EntityCollection)response.Results["EntityCollection"];
    }

    private OrganizationResponse Send(OrganizationRequest request)
    {
        caller.CallingStep?.CountCall(request.RequestName ?? "(unnamed)");
        return engine.Execute(request, caller);
    }
}
