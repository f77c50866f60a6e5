/*
 * CrmIndependence: the Approve and Reject buttons of the opportunity form's command bar.
 *
 * The buttons call the custom API cri_ApproveDeal (bound to the opportunity) through Xrm.WebApi.online.execute.
 * The server decides who may approve (the decision-authority rule); this script only asks, shows the answer and
 * refreshes the form. The comment is what the approver typed in the form's "Approval Comment" field (a rejection
 * needs one: the rep reads it on the deal).
 *
 * Command bar wiring (RibbonDiffXml of opportunity):
 *   CrmIndependence.ApproveDeal.approve / reject     command actions, CrmParameter PrimaryControl
 *   CrmIndependence.ApproveDeal.isApprovalRequired   enable rule: the buttons show only while approval is Required
 */
var CrmIndependence = CrmIndependence || {};

CrmIndependence.ApproveDeal = (function () {
    "use strict";

    var API_NAME = "cri_ApproveDeal";
    var STATUS = "cri_approvalstatus";
    var COMMENT = "cri_approvalcomment";
    var REQUIRED = 100000001;
    var APPROVED = 100000002;
    var REJECTED = 100000003;

    function xrm() {
        if (typeof Xrm === "undefined") {
            throw new Error("CrmIndependence.ApproveDeal runs inside a model-driven app form (Xrm is not available).");
        }
        return Xrm;
    }

    function dealId(formContext) {
        var id = formContext.data.entity.getId();
        return id ? id.replace(/[{}]/g, "").toLowerCase() : null;
    }

    function valueOf(formContext, name) {
        var attribute = formContext.getAttribute(name);
        return attribute ? attribute.getValue() : null;
    }

    /** Enable rule: true only on a saved deal whose approval status is Required. */
    function isApprovalRequired(formContext) {
        return !!formContext && dealId(formContext) !== null && valueOf(formContext, STATUS) === REQUIRED;
    }

    /** The request object Xrm.WebApi.online.execute takes for cri_ApproveDeal. */
    function buildRequest(id, approve, comment) {
        var request = {
            entity: { entityType: "opportunity", id: id },
            Approve: approve,
            getMetadata: function () {
                var parameterTypes = {
                    entity: { typeName: "mscrm.opportunity", structuralProperty: 5 },
                    Approve: { typeName: "Edm.Boolean", structuralProperty: 1 }
                };
                if (comment) {
                    parameterTypes.Comment = { typeName: "Edm.String", structuralProperty: 1 };
                }
                return {
                    boundParameter: "entity",
                    parameterTypes: parameterTypes,
                    operationType: 0,
                    operationName: API_NAME
                };
            }
        };
        if (comment) {
            request.Comment = comment;
        }
        return request;
    }

    function commentOf(formContext) {
        var text = valueOf(formContext, COMMENT);
        text = typeof text === "string" ? text.trim() : "";
        return text.length > 0 ? text : null;
    }

    function errorText(error) {
        return error && error.message ? error.message : "The approval could not be saved. Try again, or ask your administrator to check the cri_ApproveDeal custom API.";
    }

    function decide(formContext, approve) {
        var api = xrm();
        var id = dealId(formContext);
        if (id === null) {
            return api.Navigation.openAlertDialog({ text: "Save the deal first: only a saved deal can be approved or rejected." });
        }

        var comment = commentOf(formContext);
        if (!approve && comment === null) {
            var control = formContext.getControl(COMMENT);
            if (control) {
                control.setFocus();
            }
            return api.Navigation.openAlertDialog({ text: "Write in Approval Comment why you reject this deal, then press Reject again: the rep reads it on the deal." });
        }

        var verb = approve ? "Approve" : "Reject";
        var question = approve
            ? "Approve what on this deal is beyond the rep's authority?"
            : "Reject what on this deal is beyond the rep's authority? The rep sees your comment on the deal.";
        return api.Navigation.openConfirmDialog({ title: verb + " deal", text: question, confirmButtonLabel: verb }).then(function (answer) {
            if (!answer || !answer.confirmed) {
                return null;
            }

            api.Utility.showProgressIndicator(approve ? "Approving…" : "Rejecting…");
            return api.WebApi.online.execute(buildRequest(id, approve, comment))
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error("cri_ApproveDeal answered " + response.status + " " + response.statusText + ".");
                    }
                    return response.json();
                })
                .then(function (result) {
                    api.Utility.closeProgressIndicator();
                    var status = result ? result.ApprovalStatus : null;
                    var attribute = formContext.getAttribute(COMMENT);
                    if (attribute) {
                        attribute.setSubmitMode("never");
                    }
                    return formContext.data.refresh(false).then(function () {
                        formContext.ui.refreshRibbon();
                        formContext.ui.setFormNotification(
                            status === APPROVED ? "You approved this deal." : status === REJECTED ? "You rejected this deal; the rep sees your comment." : "The approval status changed.",
                            "INFO",
                            "cri_approvedeal");
                        return status;
                    });
                }, function (error) {
                    api.Utility.closeProgressIndicator();
                    return api.Navigation.openErrorDialog({ message: errorText(error) }).then(function () {
                        return null;
                    });
                });
        });
    }

    return {
        isApprovalRequired: isApprovalRequired,
        buildRequest: buildRequest,
        approve: function (formContext) { return decide(formContext, true); },
        reject: function (formContext) { return decide(formContext, false); }
    };
}());

if (typeof module !== "undefined" && module.exports) {
    module.exports = CrmIndependence.ApproveDeal;
}
