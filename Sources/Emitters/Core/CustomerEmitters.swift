/// Every per-customer emitter, in the order their files are listed. Adding an output
/// format is adding its emitter here.
public enum CustomerEmitters {
    public static func emit(_ input: EmitterInput, svg drawSVG: Bool = true) throws -> [EmittedFile] {
        let graph = CallFlowGraph(input.routing)
        let dot = DOTEmitter.emit(graph, title: input.routing.customer.name), mermaid = MermaidEmitter.emit(input.routing)
        let svg = drawSVG ? try DOTEmitter.svg(dot, nodes: graph.nodes.count) : nil
        let provisioning = ProvisioningEmitter.emitWithAccess(input)
        let before = [
            try RoutingJSONEmitter.emit(input.routing),
            mermaid,
            dot,
            AsteriskExtensionsEmitter.emit(input.routing),
            AsteriskPJSIPEmitter.emit(input),
            AsteriskQueuesEmitter.emit(input.routing),
            AsteriskVoicemailEmitter.emit(input),
            AsteriskMusicOnHoldEmitter.emit(input.routing),
        ] + (try input.customer.portalUsers.map { [try PortalUsersJSONEmitter.emit($0)] } ?? [])
        let after = [svg].compactMap { $0 }
            + provisioning.files + NginxEmitter.emit(input, access: provisioning.access)
            + (try input.customer.porting.flatMap {
                [try PortingJSONEmitter.emit($0), try PortingPDFEmitter.emit($0, letterhead: input.customer.letterhead)]
            })
            + (try input.customer.moves.flatMap {
                [try MoveJSONEmitter.emit($0), try MovePDFEmitter.emit($0, letterhead: input.customer.letterhead)]
            })
            + (try input.customer.orders.flatMap {
                [try OrderJSONEmitter.emit($0),
                 try OrderPDFEmitter.emit($0, customerName: input.routing.customer.name, letterhead: input.customer.letterhead)]
            })
        // The overview links every other file of the customer.
        let overview = OverviewPageEmitter.emit(input.customer, svg: svg, mermaid: mermaid,
                                                files: (before + after).map(\.path))
        return before + [overview] + after
    }
}
