using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// The messages the org understands, by request name. Tests can add a message the emulator does not model
/// with <see cref="Register"/>; its steps still run around the given core operation.
/// </summary>
public sealed class MessageRegistry
{
    private readonly Dictionary<string, MessageHandler> handlers = new(StringComparer.OrdinalIgnoreCase);

    internal MessageRegistry()
    {
        Add("Create", new CreateHandler());
        Add("Retrieve", new RetrieveHandler());
        Add("Update", new UpdateHandler());
        Add("Delete", new DeleteHandler());
        Add("RetrieveMultiple", new RetrieveMultipleHandler());
        Add("Associate", new AssociateHandler(associate: true));
        Add("Disassociate", new AssociateHandler(associate: false));
        Add("Upsert", new UpsertHandler());
        Add("ExecuteMultiple", new ExecuteMultipleHandler());
        Add("ExecuteTransaction", new ExecuteTransactionHandler());
        Add("WhoAmI", new WhoAmIHandler());
        Add("SetState", new SetStateHandler());
        Add("SetStateDynamicEntity", new SetStateHandler());
        Add("Assign", new AssignHandler());
        Add("WinOpportunity", new CloseOpportunityHandler(won: true));
        Add("Win", new CloseOpportunityHandler(won: true));
        Add("LoseOpportunity", new CloseOpportunityHandler(won: false));
        Add("Lose", new CloseOpportunityHandler(won: false));
        Add("RetrieveEntity", new RetrieveEntityHandler());
        Add("RetrieveAttribute", new RetrieveAttributeHandler());
        Add("RetrieveOptionSet", new RetrieveOptionSetHandler());
        Add("FetchXmlToQueryExpression", new FetchXmlToQueryExpressionHandler());
        Add("SendEmail", new SendEmailHandler());
        Add("CalculateRollupField", new CalculateRollupFieldHandler());
        Add("GrantAccess", new Security.ShareHandler(Security.ShareKind.Grant));
        Add("ModifyAccess", new Security.ShareHandler(Security.ShareKind.Modify));
        Add("RevokeAccess", new Security.ShareHandler(Security.ShareKind.Revoke));
        Add("RetrievePrincipalAccess", new Security.RetrievePrincipalAccessHandler());
    }

    /// <summary>The request names with a handler.</summary>
    public IEnumerable<string> RequestNames => handlers.Keys;

    /// <summary>
    /// Handles a message the emulator does not model: <paramref name="coreOperation"/> is its stage 30 (it
    /// receives the request as the pipeline copied it, and returns the response). Steps registered on
    /// <paramref name="messageName"/> (the request name by default) run around it.
    /// </summary>
    public void Register(string requestName, Func<OrganizationRequest, OrganizationResponse> coreOperation, string? messageName = null) =>
        Add(requestName, new DelegateHandler(messageName ?? requestName, coreOperation));

    internal void Add(string requestName, MessageHandler handler) => handlers[requestName] = handler;

    internal MessageHandler? Find(string? requestName) =>
        requestName != null && handlers.TryGetValue(requestName, out var handler) ? handler : null;
}
