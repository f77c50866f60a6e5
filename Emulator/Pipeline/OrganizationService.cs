using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// IOrganizationService over the emulator: every method becomes its request and runs through the
/// pipeline as <see cref="Caller"/>. From a plug-in, each call and the rows it hands back are counted on the
/// plug-in's execution record.
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
        var response = engine.Execute(request, caller);
        caller.CallingStep?.CountRowsReturned(RowsIn(response));
        return response;
    }

    private static int RowsIn(IEnumerable<OrganizationResponse?>? responses) => responses?.Sum(RowsIn) ?? 0;

    /// <summary>Rows a response hands back: a Retrieve's row, a RetrieveMultiple's rows, and those of the responses of a batch.</summary>
    private static int RowsIn(OrganizationResponse? response)
    {
        switch (response)
        {
            case RetrieveResponse retrieved:
                return retrieved.Results.TryGetValue("Entity", out var entity) && entity is Entity ? 1 : 0;
            case RetrieveMultipleResponse multiple:
                return multiple.Results.TryGetValue("EntityCollection", out var collection) && collection is EntityCollection rows ? rows.Entities.Count : 0;
            case ExecuteMultipleResponse batch:
                return RowsIn(batch.Results.TryGetValue("Responses", out var items) && items is ExecuteMultipleResponseItemCollection list
                    ? list.Select(item => item?.Response)
                    : null);
            case ExecuteTransactionResponse transaction:
                return RowsIn(transaction.Results.TryGetValue("Responses", out var responses) && responses is OrganizationResponseCollection inTransaction
                    ? inTransaction
                    : null);
            default:
                return 0;
        }
    }
}
