import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeShell

/// One reference check: a block, and the diagnostics expected as "CODE@line:column".
struct CheckCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var expected: [String]

    var testDescription: String { name }
}

func check(_ text: String, dialect: ShellDialect = .bash, context: inout ShellContext)
    -> [Diagnostic]
{
    let parsed = ShellParser.parse(text, dialect: dialect)
    return parsed.diagnostics + ShellChecker.check(parsed.script, context: &context)
}

func checkSummary(_ text: String, seesEverything: Bool = true) -> [String] {
    var context = FakeServiceSchema.context(seesEverything: seesEverything)
    return summary(check(text, context: &context))
}

@Suite struct ShellCheckerTests {
    static let referenceCases: [CheckCase] = [
        // kubectl get/describe/delete/edit/label/annotate
        CheckCase(name: "get known service", text: "kubectl get svc backend-api\n", expected: []),
        CheckCase(
            name: "get typo", text: "kubectl get svc backend-ap\n", expected: ["RG3201@1:17"]),
        CheckCase(
            name: "slash form typo", text: "kubectl describe service/wbe\n",
            expected: ["RG3201@1:26"]),
        CheckCase(name: "describe prefix", text: "kubectl describe svc back\n", expected: []),
        CheckCase(
            name: "several names", text: "kubectl delete svc web nope\n", expected: ["RG3201@1:24"]),
        CheckCase(name: "type list", text: "kubectl get svc,ep web\n", expected: []),
        CheckCase(
            name: "endpoints of unknown", text: "kubectl get endpoints webb\n",
            expected: ["RG3201@1:23"]),
        CheckCase(
            name: "endpoints of ExternalName", text: "kubectl get ep ext\n",
            expected: ["RG3205@1:16"]),
        CheckCase(
            name: "endpointslices by label",
            text: "kubectl get endpointslices -l kubernetes.io/service-name=wbe\n",
            expected: ["RG3201@1:58"]),
        CheckCase(
            name: "namespace respected",
            text: "kubectl get svc db -n shop\nkubectl -n shop get svc db\n", expected: []),
        CheckCase(name: "wrong namespace", text: "kubectl get svc db\n", expected: ["RG3204@1:17"]),
        CheckCase(name: "all namespaces", text: "kubectl get svc db -A\n", expected: []),
        CheckCase(
            name: "ignore not found", text: "kubectl delete svc old --ignore-not-found\n",
            expected: []),
        CheckCase(
            name: "label and annotate",
            text: "kubectl label svc web tier=front\nkubectl annotate svc/wbe a=b\n",
            expected: ["RG3201@2:22"]),
        CheckCase(
            name: "mixed forms", text: "kubectl get svc svc/web\n", expected: ["RG3103@1:13"]),
        CheckCase(
            name: "unknown flag", text: "kubectl get svc web --colour\n", expected: ["RG3101@1:21"]),
        CheckCase(
            name: "bad output", text: "kubectl get svc web -o yml\n", expected: ["RG3102@1:24"]),
        CheckCase(
            name: "good outputs",
            text:
                "kubectl get svc web -o wide\nkubectl get svc web -o jsonpath='{.spec.ports[0].nodePort}'\n",
            expected: []),
        CheckCase(
            name: "bad dry-run", text: "kubectl delete svc web --dry-run=local\n",
            expected: ["RG3102@1:34"]),
        CheckCase(
            name: "flag needs argument", text: "kubectl get svc web -n\n", expected: ["RG3102@1:21"]
        ),
        CheckCase(
            name: "get and describe need a type",
            text: "kubectl get\nkubectl describe -n shop\nkubectl get -f web.yaml\n",
            expected: ["RG3103@1:9", "RG3103@2:9"]),
        CheckCase(
            name: "delete needs a name",
            text:
                "kubectl delete svc\nkubectl delete svc -l app=web\nkubectl delete svc --all -l app=web\n",
            expected: ["RG3103@1:16", "RG3103@3:20"]),
        CheckCase(
            name: "delete now with grace period",
            text: "kubectl delete svc web --now --grace-period=5\n", expected: ["RG3103@1:24"]),
        CheckCase(name: "get conflicts", text: "kubectl get svc --raw /api\nkubectl get svc web --show-labels -o yaml\nkubectl get svc -L app -o custom-columns=N:.metadata.name\nkubectl get svc --output-watch-events\nkubectl get svc --show-labels -o wide -w --output-watch-events\n", expected: ["RG3103@1:17", "RG3103@2:21", "RG3103@3:17", "RG3103@4:17"]),
        CheckCase(name: "apply prune and force", text: "kubectl apply -f web.yaml --prune\nkubectl apply -f web.yaml --prune -l app=web\nkubectl apply --server-side --force -f web.yaml\n", expected: ["RG3103@1:27", "RG3103@3:29"]),
        CheckCase(name: "apply a titled block by its file name", text: "kubectl apply -f k8s/web.yaml\nkubectl apply -f k8s/other.yaml\n", expected: ["RG3105@2:18"]),
        CheckCase(name: "exec through a Service without pods", text: "kubectl exec svc/ext -- env\nkubectl exec svc/web -- env\n", expected: ["RG3205@1:18"]),
        CheckCase(name: "port-forward address", text: "kubectl port-forward svc/web 8080:80 --address 0.0.0.0,localhost\nkubectl port-forward svc/web 8081:80 --address=anywhere\n", expected: ["RG3102@2:48"]),
        CheckCase(
            name: "apply conflicts",
            text:
                "kubectl apply -f web.yaml --force-conflicts\nkubectl apply --server-side --dry-run=client -f web.yaml\nkubectl apply -f web.yaml -k dir/\n",
            expected: ["RG3103@1:27", "RG3103@2:29", "RG3103@3:27"]),
        CheckCase(
            name: "a flag before the subcommand never eats it",
            text: "kubectl -o get svc wbe\nkubectl -o port-forward\nkubectl -o apply\n",
            expected: ["RG3102@1:9", "RG3201@1:20", "RG3101@2:9", "RG3103@2:12", "RG3102@3:9"]),
        CheckCase(
            name: "dynamic names are skipped", text: "kubectl get svc \"$NAME\" $(echo x)\n",
            expected: []),
        CheckCase(
            name: "unknown subcommand left alone",
            text: "kubectl rollout status deploy/web --whatever\n", expected: []),
        CheckCase(
            name: "builtin kubernetes service",
            text: "kubectl get svc kubernetes\nkubectl -n kube-system get svc kube-dns\n",
            expected: []),
        CheckCase(
            name: "apply -n places namespace-less manifests",
            text:
                "kubectl apply -n shop -f - <<EOF\nkind: Service\nmetadata: {name: q}\nspec: {ports: [{port: 1}]}\nEOF\nkubectl get svc q -n shop\nkubectl get svc q\n",
            expected: ["RG3204@7:17"]),
        CheckCase(
            name: "create after set-context lands in that namespace",
            text:
                "kubectl config set-context --current --namespace=shop\nkubectl create service clusterip c --tcp=80\nkubectl get svc c -n shop\n",
            expected: []),
        CheckCase(
            name: "set-context changes namespace",
            text:
                "kubectl config set-context --current --namespace=shop\nkubectl get svc db\nkubectl get svc web\n",
            expected: ["RG3204@3:17"]),
        CheckCase(
            name: "literal variables",
            text:
                "NS=shop\nSVC=db\nkubectl get svc \"$SVC\" -n \"$NS\"\nkubectl get svc \"${SVC}x\" -n $NS\n",
            expected: ["RG3201@4:18"]),
        CheckCase(
            name: "node ip variable",
            text:
                "export NODE_IP=192.168.1.10\ncurl http://$NODE_IP:30080\ncurl http://$NODE_IP:30081\n",
            expected: ["RG3203@3:22"]),
        CheckCase(
            name: "variables assigned in loops are not trusted",
            text:
                "S=web\nfor S in a b; do echo; done\nkubectl get svc $S\nif true; then T=x; fi\nT=nope\nif true; then T=y; fi\nkubectl get svc $T\n",
            expected: []),
        CheckCase(
            name: "for loop over literal names",
            text:
                "for s in web wbe backend-api; do\n  kubectl get svc \"$s\"\n  kubectl get svc nope\ndone\nkubectl get svc $s\n",
            expected: ["RG3201@2:20", "RG3201@3:19"]),
        CheckCase(
            name: "for loop over a glob is not expanded",
            text: "for f in *.yaml; do kubectl apply -f \"$f\"; done\n", expected: []),
        CheckCase(
            name: "prefix assignments are not variables",
            text: "S=wbe kubectl get svc web\nkubectl get svc $S\n", expected: []),
        // exec and in-pod clients
        CheckCase(
            name: "exec curl good",
            text: "kubectl exec frontend -- curl -s http://backend-api:80/health\n", expected: []),
        CheckCase(
            name: "exec curl targetPort",
            text: "kubectl exec frontend -- curl http://backend-api:8080\n",
            expected: ["RG3202@1:50"]),
        CheckCase(
            name: "exec curl typo", text: "kubectl exec frontend -- curl http://backend-ap:80\n",
            expected: ["RG3201@1:38"]),
        CheckCase(
            name: "exec without dash", text: "kubectl exec frontend curl http://web\n",
            expected: ["RG3103@1:23"]),
        CheckCase(
            name: "exec without command", text: "kubectl exec -it frontend\n",
            expected: ["RG3103@1:18"]),
        CheckCase(
            name: "https default port",
            text:
                "kubectl exec f -- curl https://backend-api/\nkubectl exec f -- curl https://web/\n",
            expected: ["RG3202@2:32"]),
        CheckCase(
            name: "wget in sh -c",
            text: "kubectl exec f -- sh -c 'wget -qO- http://web:8080/ && echo ok'\n",
            expected: ["RG3202@1:47"]),
        CheckCase(
            name: "sh -c syntax error", text: "kubectl exec f -- sh -c 'echo \"open'\n",
            expected: ["RG3002@1:31"]),
        CheckCase(
            name: "kubectl run",
            text:
                "kubectl run tmp --rm -it --image=busybox --restart=Never -- wget -qO- http://wbe\n",
            expected: ["RG3201@1:78"]),
        CheckCase(
            name: "exec in namespace",
            text: "kubectl exec -n shop f -- nc -zv db 5432\nkubectl exec f -- nc -zv db 5432\n",
            expected: ["RG3204@2:26"]),
        CheckCase(
            name: "nc wrong port", text: "kubectl exec -n shop f -- nc -z db 5433\n",
            expected: ["RG3202@1:36"]),
        CheckCase(
            name: "dns names",
            text:
                "kubectl exec f -- nslookup backend-api.default.svc.cluster.local\nkubectl exec f -- nslookup db.shop\nkubectl exec f -- nslookup backnd-api.default.svc.cluster.local\n",
            expected: ["RG3201@3:28"]),
        CheckCase(
            name: "dns wrong namespace",
            text: "kubectl exec f -- nslookup web.shop.svc.cluster.local\n",
            expected: ["RG3204@1:28"]),
        CheckCase(
            name: "headless pod names",
            text:
                "kubectl exec f -- nslookup db-0.db.shop.svc.cluster.local\nkubectl exec f -- nslookup web-0.web.default.svc.cluster.local\n",
            expected: ["RG3205@2:28"]),
        CheckCase(
            name: "srv records",
            text:
                "kubectl exec f -- dig +short SRV _http._tcp.web.default.svc.cluster.local\nkubectl exec f -- dig SRV _grpc._tcp.web.default.svc.cluster.local\n",
            expected: ["RG3202@2:27"]),
        CheckCase(
            name: "external names left alone",
            text:
                "curl https://api.github.com/repos\nkubectl exec f -- curl http://example.com:8080\n",
            expected: []),
        CheckCase(
            name: "service name as a public host",
            text:
                "curl https://web.com/\nkubectl exec f -- curl http://web.internal:9999\nkubectl exec f -- curl http://web.prod\n",
            expected: ["RG3204@3:31"]),
        CheckCase(
            name: "url in a port suffix",
            text:
                "kubectl exec f -- curl backend-api:443\nkubectl exec f -- curl backend-api:9000\n",
            expected: ["RG3202@2:36"]),
        // node addresses
        CheckCase(name: "node port good", text: "curl http://192.168.1.10:30080/\n", expected: []),
        CheckCase(
            name: "node port missing", text: "curl http://192.168.1.10:30081/\n",
            expected: ["RG3203@1:26"]),
        CheckCase(
            name: "node port variable",
            text: "curl \"http://$NODE_IP:80/\"\ncurl http://$(minikube ip):30080\n",
            expected: ["RG3203@1:23"]),
        CheckCase(
            name: "unknown ip left alone",
            text:
                "curl http://10.0.0.5:8080/\ncurl http://$HOST:1234/\ncurl http://$EXTERNAL_IP:80/\n",
            expected: []),
        CheckCase(
            name: "placeholder node address", text: "curl http://<node-ip>:31000\n",
            expected: ["RG3005@1:13", "RG3203@1:23"]),
        // port-forward
        CheckCase(
            name: "port-forward good",
            text:
                "kubectl port-forward svc/backend-api 8080:80 &\nkubectl port-forward service/web 8080:http\n",
            expected: []),
        CheckCase(
            name: "port-forward targetPort",
            text: "kubectl port-forward svc/backend-api 8080:8080\n", expected: ["RG3202@1:43"]),
        CheckCase(
            name: "port-forward bad name", text: "kubectl port-forward svc/web 8443:tls\n",
            expected: ["RG3202@1:35"]),
        CheckCase(
            name: "port-forward no ports", text: "kubectl port-forward svc/web\n",
            expected: ["RG3103@1:22"]),
        CheckCase(
            name: "port-forward externalname", text: "kubectl port-forward svc/ext 80\n",
            expected: ["RG3205@1:26"]),
        CheckCase(
            name: "localhost after port-forward",
            text:
                "kubectl port-forward svc/web 8080:80 &\ncurl localhost:8080/\ncurl http://127.0.0.1:80/\nkubectl exec f -- curl localhost:80\n",
            expected: ["RG3206@3:23"]),
        CheckCase(
            name: "localhost without port-forward left alone", text: "curl localhost:3000\n",
            expected: []),
        CheckCase(
            name: "random local port disables the check",
            text: "kubectl port-forward svc/web :80 &\ncurl localhost:4000\n", expected: []),
        CheckCase(
            name: "kubectl proxy",
            text:
                "kubectl proxy &\ncurl localhost:8001/api\nkubectl proxy --port=8080 &\ncurl localhost:8080/\ncurl localhost:9000/\n",
            expected: ["RG3206@5:16"]),
        CheckCase(
            name: "port-forward to pod left alone",
            text: "kubectl port-forward pod/web-0 8080:9999\n", expected: []),
        // apply
        CheckCase(
            name: "apply fence title",
            text: "kubectl apply -f web.yaml\nkubectl apply -f ./web.yaml\n", expected: []),
        CheckCase(
            name: "apply unknown file", text: "kubectl apply -f missing.yaml\n",
            expected: ["RG3105@1:18"]),
        CheckCase(
            name: "apply url", text: "kubectl apply -f https://example.com/x.yaml\n", expected: []),
        CheckCase(
            name: "apply positional", text: "kubectl apply web.yaml\n", expected: ["RG3103@1:15"]),
        CheckCase(
            name: "apply heredoc",
            text:
                "kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata: {name: api2}\nspec:\n  type: NodePort\n  ports: [{port: 80, nodePort: 80}]\nEOF\nkubectl get svc api2\n",
            expected: ["RG2901@7:32"]),
        CheckCase(
            name: "cat heredoc pipe apply",
            text:
                "cat <<'EOF' | kubectl apply -f -\nkind: Service\nmetadata: {name: api3}\nspec: {ports: [{port: 81}]}\nEOF\nkubectl exec f -- curl http://api3:81\n",
            expected: []),
        CheckCase(
            name: "tab heredoc positions",
            text:
                "kubectl apply -f - <<-EOF\n\tkind: Service\n\tmetadata: {name: t}\n\tspec: {type: Nodeport}\n\tEOF\n",
            expected: ["RG2902@4:15"]),
        CheckCase(name: "heredoc with known variables", text: "NP=80\nkubectl apply -f - <<EOF\nkind: Service\nmetadata: {name: v}\nspec: {type: NodePort, ports: [{port: 80, nodePort: ${NP}}]}\nEOF\n", expected: ["RG2901@5:53"]),
        CheckCase(name: "heredoc with unknown variables is not validated", text: "kubectl apply -f - <<EOF\nkind: Service\nmetadata: {name: v}\nspec: {type: NodePort, ports: [{port: 80, nodePort: $NP}]}\nEOF\nkubectl get svc v\n", expected: ["RG3201@6:17"]),
        CheckCase(name: "escaped dollar in an unquoted heredoc", text: "kubectl apply -f - <<EOF\nkind: Service\nmetadata: {name: v, annotations: {a: \"\\$HOME\"}}\nspec: {ports: [{port: 80}]}\nEOF\nkubectl get svc v\n", expected: []),
        CheckCase(name: "tee to a file then apply", text: "tee svc.yaml <<'EOF'\nkind: Service\nmetadata: {name: teed}\nspec: {ports: [{port: 82}]}\nEOF\nkubectl apply -f svc.yaml\nkubectl get svc teed\n", expected: []),
        CheckCase(
            name: "cat to file then apply",
            text:
                "cat > svc.yaml <<EOF\nkind: Service\nmetadata: {name: filed}\nspec: {ports: [{port: 82}]}\nEOF\nkubectl apply -f svc.yaml\nkubectl get svc filed\n",
            expected: []),
        // create service
        CheckCase(
            name: "create nodeport bad nodePort",
            text: "kubectl create service nodeport web2 --tcp=80:8080 --node-port=80\n",
            expected: ["RG2901@1:52"]),
        CheckCase(
            name: "create nodeport good and used",
            text:
                "kubectl create service nodeport web2 --tcp=80:8080 --node-port=30090\ncurl http://10.0.0.1:30090\n",
            expected: []),
        CheckCase(
            name: "create duplicate nodePort",
            text: "kubectl create svc nodeport w --tcp=80,443 --node-port=30080\n",
            expected: ["RG2903@1:44"]),
        CheckCase(
            name: "create no such kind", text: "kubectl create service web --tcp=80\n",
            expected: ["RG3103@1:24"]),
        CheckCase(
            name: "create no tcp", text: "kubectl create service nodeport x --node-port=30080\n",
            expected: ["RG3103@1:24"]),
        CheckCase(
            name: "create headless without tcp",
            text: "kubectl create service clusterip h --clusterip=None\n", expected: []),
        CheckCase(
            name: "create bad tcp",
            text:
                "kubectl create service clusterip x --tcp=abc\nkubectl create service clusterip y --tcp=80:80800\n",
            expected: ["RG3102@1:42", "RG3102@2:45"]),
        CheckCase(
            name: "create flag of sibling",
            text:
                "kubectl create service loadbalancer x --tcp=443 --node-port=31443\nkubectl create service nodeport y --tcp=80 --clusterip=None\n",
            expected: ["RG3101@1:49", "RG3101@2:44"]),
        CheckCase(
            name: "create externalname",
            text:
                "kubectl create service externalname x\nkubectl create service externalname y --external-name https://a.b\nkubectl create service externalname z --external-name a.example.com\n",
            expected: ["RG3103@1:24", "RG3102@2:55"]),
        CheckCase(
            name: "create two names", text: "kubectl create service clusterip a b --tcp=80\n",
            expected: ["RG3103@1:36"]),
        CheckCase(
            name: "created service is known later",
            text:
                "kubectl create service clusterip cache --tcp=6379\nkubectl exec f -- nc -zv cache 6379\nkubectl exec f -- nc -zv cache 6380\n",
            expected: ["RG3202@3:32"]),
        CheckCase(
            name: "dry-run client is not validated",
            text:
                "kubectl create service nodeport p --tcp=80 --node-port=80 --dry-run=client -o yaml\n",
            expected: []),
        CheckCase(
            name: "dry-run to a file, then apply",
            text:
                "kubectl create service nodeport p --tcp=80 --node-port=80 --dry-run=client -o yaml > p.yaml\nkubectl apply -f p.yaml\n",
            expected: ["RG2901@1:44"]),
        CheckCase(
            name: "dry-run piped into apply",
            text:
                "kubectl create service nodeport p --tcp=80 --node-port=80 --dry-run=client -o yaml | kubectl apply -f -\nkubectl get svc p\n",
            expected: ["RG2901@1:44"]),
        CheckCase(
            name: "template output formats",
            text:
                "kubectl get svc web -o go-template --template='{{.spec.type}}'\nkubectl get svc web -o=jsonpath='{.spec}'\nkubectl get svc web -ojson\n",
            expected: []),
        // expose
        CheckCase(
            name: "expose deployment",
            text:
                "kubectl expose deployment api --port=80 --target-port=8080 --type=NodePort\nkubectl exec f -- curl http://api:80\n",
            expected: []),
        CheckCase(
            name: "expose bad type spelling",
            text: "kubectl expose deploy api --port=80 --type=Nodeport\n", expected: ["RG2902@1:44"]
        ),
        CheckCase(
            name: "expose node-port",
            text: "kubectl expose deploy api --port=80 --node-port=30080\n",
            expected: ["RG3101@1:37"]),
        CheckCase(
            name: "expose named port", text: "kubectl expose deploy api --port=http\n",
            expected: ["RG3102@1:34"]),
        CheckCase(
            name: "expose statefulset", text: "kubectl expose statefulset db --port=5432\n",
            expected: ["RG3103@1:16"]),
        CheckCase(
            name: "expose svc without name", text: "kubectl expose svc web --port=8080\n",
            expected: ["RG3103@1:20"]),
        CheckCase(
            name: "expose svc copies ports",
            text:
                "kubectl expose svc/web --name=web2 --type=LoadBalancer\nkubectl exec f -- curl http://web2:80\n",
            expected: []),
        CheckCase(
            name: "expose session affinity",
            text: "kubectl expose deploy api --port=80 --session-affinity=Sticky\n",
            expected: ["RG3102@1:56"]),
        CheckCase(
            name: "expose without ports",
            text: "kubectl expose deploy api\nkubectl exec f -- curl http://api:1234\n",
            expected: []),
        // patch
        CheckCase(
            name: "patch merge good",
            text:
                "kubectl patch svc web -p '{\"spec\":{\"ports\":[{\"port\":80,\"nodePort\":30090}]}}'\ncurl http://10.0.0.1:30090\n",
            expected: []),
        CheckCase(
            name: "patch bad nodePort",
            text:
                "kubectl patch svc web -p '{\"spec\":{\"ports\":[{\"port\":80,\"nodePort\":80}]}}'\n",
            expected: ["RG2901@1:67"]),
        CheckCase(
            name: "patch shell-mangled JSON",
            text: "kubectl patch svc web -p \"{\"spec\":{\"type\":\"NodePort\"}}\"\n",
            expected: ["RG3104@1:29"]),
        CheckCase(
            name: "patch truncated", text: "kubectl patch svc web -p '{\"spec\":'\n",
            expected: ["RG3104@1:35"]),
        CheckCase(
            name: "patch yaml body", text: "kubectl patch svc web -p $'spec:\\n  type: Nodeport'\n",
            expected: ["RG2902@1:43"]),
        CheckCase(
            name: "patch unknown service", text: "kubectl patch svc wbe -p '{\"spec\":{}}'\n",
            expected: ["RG3201@1:19"]),
        CheckCase(
            name: "patch bad type", text: "kubectl patch svc web --type=strategic-merge -p '{}'\n",
            expected: ["RG3102@1:30"]),
        CheckCase(
            name: "patch json needs list",
            text: "kubectl patch svc web --type=json -p '{\"spec\":{}}'\n",
            expected: ["RG3104@1:39"]),
        CheckCase(
            name: "patch json ops",
            text:
                "kubectl patch svc web --type=json -p '[{\"op\":\"replace\",\"path\":\"/spec/ports/0/nodePort\",\"value\":99}]'\n",
            expected: ["RG2901@1:96"]),
        CheckCase(
            name: "patch json bad path",
            text:
                "kubectl patch svc web --type=json -p '[{\"op\":\"replace\",\"path\":\"/spec/ports/3/port\",\"value\":99}]'\n",
            expected: ["RG3104@1:40"]),
        CheckCase(
            name: "patch from a file written earlier",
            text:
                "cat > p.yaml <<'EOF'\nspec:\n  ports:\n  - port: 80\n    nodePort: 80\nEOF\nkubectl patch svc web --patch-file p.yaml\n",
            expected: ["RG2901@5:15"]),
        CheckCase(
            name: "patch file with bad JSON",
            text:
                "cat > p.json <<'EOF'\n{\"spec\": {type: 1}}\nEOF\nkubectl patch svc web --patch-file=p.json\n",
            expected: ["RG3104@2:11"]),
        CheckCase(
            name: "patch missing body", text: "kubectl patch svc web\n", expected: ["RG3103@1:9"]),
        CheckCase(
            name: "patch makes web ClusterIP",
            text: "kubectl patch svc web --type=merge -p '{\"spec\":{\"type\":\"ClusterIP\"}}'\n",
            expected: ["RG2904@1:40"]),
        CheckCase(
            name: "strategic patch merges ports by port",
            text:
                "kubectl patch svc backend-api -p '{\"spec\":{\"ports\":[{\"port\":443,\"name\":\"tls\"}]}}'\nkubectl port-forward svc/backend-api 8443:tls\nkubectl port-forward svc/backend-api 8080:http\n",
            expected: []),
        CheckCase(
            name: "merge patch replaces ports",
            text:
                "kubectl patch svc backend-api --type merge -p '{\"spec\":{\"ports\":[{\"port\":443,\"name\":\"tls\"}]}}'\nkubectl port-forward svc/backend-api 8080:http\n",
            expected: ["RG3202@2:43"]),
        // wrappers and structure
        CheckCase(
            name: "wrappers",
            text:
                "sudo kubectl get svc wbe\nwatch -n 2 kubectl get svc wbe\ntimeout 5 curl http://wbe\n",
            expected: ["RG3201@1:22", "RG3201@2:28", "RG3201@3:23"]),
        CheckCase(
            name: "watch with a quoted command",
            text: "watch -n 2 'kubectl get svc wbe'\nwatch \"kubectl get svc web\"\n",
            expected: ["RG3201@1:29"]),
        CheckCase(
            name: "inside loops and substitutions",
            text:
                "for i in 1 2; do kubectl get svc wbe; done\nIP=$(kubectl get svc wbe -o jsonpath='{.spec.clusterIP}')\n",
            expected: ["RG3201@1:34", "RG3201@2:22"]),
        CheckCase(
            name: "heredoc fed to a remote shell",
            text: "kubectl exec -i f -- sh <<'EOF'\ncurl http://web:80\ncurl http://web:81\nEOF\n",
            expected: ["RG3202@3:17"]),
    ]

    @Test(arguments: referenceCases)
    func references(_ test: CheckCase) {
        #expect(checkSummary(test.text) == test.expected)
    }

    @Test func targetPortMessageSaysWhatWasExpected() {
        var context = FakeServiceSchema.context()
        let diagnostics = check(
            "kubectl exec frontend -- curl http://backend-api:8080\n", context: &context)
        #expect(
            diagnostics.map(\.message) == [
                "'backend-api' has ports 80 (http), 443 (https); 8080 is its targetPort"
            ])
        #expect(
            diagnostics.first?.help == "use the Service port 80; the Service forwards it to 8080")
        #expect(diagnostics.first?.label == "not a port of 'backend-api'")
        let note = diagnostics.first?.notes.first
        #expect(note?.file == "services.md")
        #expect(note?.range?.start == SourceLocation(line: 1, column: 1))
    }

    @Test func typoSuggestsTheNearName() {
        var context = FakeServiceSchema.context()
        let diagnostics = check("kubectl get svc backend-ap\n", context: &context)
        #expect(
            diagnostics.first?.message
                == "no Service named 'backend-ap' in namespace 'default'; the recipe defines 'backend-api', 'web', 'ext', 'external-api'"
        )
        #expect(diagnostics.first?.help == "did you mean 'backend-api'?")
    }

    @Test func unseenManifestsTurnUnknownNamesIntoNotesButTyposStayErrors() {
        var context = FakeServiceSchema.context()
        let text =
            "kubectl apply -f https://example.com/app.yaml\nkubectl get svc frontend\nkubectl get svc backend-ap\n"
        let diagnostics = check(text, context: &context)
        #expect(summary(diagnostics) == ["RG3201@2:17", "RG3201@3:17"])
        #expect(diagnostics.map(\.severity) == [.note, .error])
        #expect(!context.seesEverything)
        var helm = FakeServiceSchema.context()
        _ = check("helm install shop ./chart\n", context: &helm)
        #expect(!helm.seesEverything)
    }

    @Test func nearestDefinitionWins() {
        var context = FakeServiceSchema.context()
        context.services.append(ShellService(name: "web", ports: [ShellService.Port(port: 9090)]))
        #expect(
            summary(check("kubectl exec f -- curl http://web:9090\n", context: &context)).isEmpty)
        #expect(
            summary(check("kubectl exec f -- curl http://web:80\n", context: &context)) == [
                "RG3202@1:35"
            ])
    }

    @Test func servicesCreatedInABlockAreAppendedToTheContext() {
        var context = FakeServiceSchema.context()
        let count = context.services.count
        _ = check("kubectl create service clusterip cache --tcp=6379 -n shop\n", context: &context)
        #expect(context.services.count == count + 1)
        let created = context.services.last
        #expect(created?.name == "cache")
        #expect(created?.namespace == "shop")
        #expect(
            created?.ports == [
                ShellService.Port(name: "6379", port: 6379, targetPort: "6379", protocol: "TCP")
            ])
    }

    @Test func consoleTranscriptsAreCheckedToo() {
        var context = FakeServiceSchema.context()
        let text =
            "$ kubectl get svc wbe\nError from server (NotFound): services \"wbe\" not found\n"
        #expect(summary(check(text, dialect: .console, context: &context)) == ["RG3201@1:19"])
    }

    @Test func schemaErrorLandsOnTheFlag() throws {
        var context = FakeServiceSchema.context()
        let diagnostics = check(
            "kubectl create service nodeport web2 \\\n  --tcp=80:8080 \\\n  --node-port=80\n",
            context: &context)
        let error = try #require(diagnostics.first)
        #expect(error.code == "RG2901")
        #expect(
            error.range
                == SourceRange(start: .init(line: 3, column: 3), end: .init(line: 3, column: 17)))
        #expect(error.fieldPath == "spec.ports[0].nodePort")
    }

    @Test func servicesCreatedByABlockAreStoredInFileCoordinatesWhenTheOriginIsGiven() throws {
        var context = FakeServiceSchema.context()
        context.file = "recipes/x.md"
        context.origin = EmbeddedSource(startLine: 40, columnOffsets: [2])
        _ = check("kubectl create service clusterip cache --tcp=6379\n", context: &context)
        let created = try #require(context.services.last)
        #expect(created.file == "recipes/x.md")
        #expect(created.range?.start == SourceLocation(line: 40, column: 26))
        #expect(context.createdManifests[context.services.count - 1] != nil)
    }

    @Test func aLaterBlockPatchesAServiceAnEarlierBlockCreated() {
        var context = FakeServiceSchema.context()
        _ = check(
            "kubectl create service nodeport cache --tcp=6379 --node-port=30079\n",
            context: &context)
        let text = "kubectl patch svc cache --type=merge -p '{\"spec\":{\"type\":\"ClusterIP\"}}'\n"
        // The nodePort written in the first block is reported on the patch that makes it invalid.
        #expect(summary(check(text, context: &context)) == ["RG2904@1:42"])
    }

    @Test func nestedLoopsDoNotMultiply() {
        let items = (1...16).map(String.init).joined(separator: " ")
        var text = ""
        for depth in 0..<8 { text += "for v\(depth) in \(items); do " }
        text += "kubectl get svc wbe"
        for _ in 0..<8 { text += "; done" }
        let elapsed = ThreadCPUClock.measure {
            #expect(checkSummary(text + "\n") == ["RG3201@1:\(text.utf8.count - 8 * 6 - 2)"])
        }
        #expect(elapsed < .seconds(5))
    }

    @Test func variablesCarryOverToLaterBlocks() {
        var context = FakeServiceSchema.context()
        _ = check("SVC=backend-api\n", context: &context)
        #expect(
            summary(check("kubectl exec f -- curl http://$SVC:8080\n", context: &context)) == [
                "RG3202@1:36"
            ])
    }

    @Test func replaceFromStdinIsValidated() {
        let text =
            "kubectl replace -f - <<EOF\nkind: Service\nmetadata: {name: r}\nspec: {type: NodePort, ports: [{port: 80, nodePort: 1}]}\nEOF\n"
        #expect(checkSummary(text) == ["RG2901@4:53"])
    }
}

/// The wording of the checks' diagnostics, pinned by a golden file.
@Suite struct ShellCheckerMessageTests {
    @Test func messagesOfARecipeBlock() {
        let text = """
            kubectl get svc backend-ap
            kubectl get svc db
            kubectl exec frontend -- curl http://backend-api:8080
            kubectl exec frontend -- curl https://web/
            kubectl exec frontend -- nslookup web-0.web.default.svc.cluster.local
            curl http://192.168.1.10:80/ http://192.168.1.10:30081/
            kubectl port-forward svc/backend-api 8080:8080 &
            curl localhost:80
            kubectl port-forward svc/web 8443:tls
            kubectl create service loadbalancer lb --tcp=443 --node-port=31443
            kubectl create service nodeport np --tcp=80:80800
            kubectl create service nodeport np --tcp=80 --node-port=80
            kubectl expose deploy api --port=http
            kubectl expose statefulset db --port=5432
            kubectl patch svc web -p "{"spec":{"type":"NodePort"}}"
            kubectl patch svc web --type=json -p '{"spec":{}}'
            kubectl apply -f service.yaml
            kubectl apply web.yaml
            kubectl exec frontend curl http://web
            kubectl get svc web -o yml
            kubectl get endpoints ext

            """
        var context = FakeServiceSchema.context()
        let lines = check(text, context: &context).map { diagnostic in
            "\(diagnostic.range.start) \(diagnostic.code) \(diagnostic.severity): \(diagnostic.message)"
                + (diagnostic.help.map { " [help: \($0)]" } ?? "")
        }
        assertGolden(lines.joined(separator: "\n") + "\n", suite: "Checker", name: "messages.txt")
    }
}

/// The page flow the site follows: fences in order, one context, diagnostics projected into
/// the Markdown file.
@Suite struct ShellPageFlowTests {
    @Test func twoBlocksOfAPageInFileCoordinates() {
        // Block 1 starts on file line 10, indented by 2 (a fence inside a list item).
        let first = "kubectl create service nodeport cache --tcp=6379 --node-port=30079\n"
        let second = "kubectl exec f -- nc -zv cache 6380\ncurl http://10.0.0.1:30079\n"
        var context = FakeServiceSchema.context()
        context.file = "recipes/cache.md"
        var found: [Diagnostic] = []
        for (text, origin) in [(first, EmbeddedSource(startLine: 10, columnOffsets: [2])), (second, EmbeddedSource(startLine: 20))] {
            context.origin = origin
            let parsed = ShellParser.parse(text, dialect: .bash)
            let diagnostics = parsed.diagnostics + ShellChecker.check(parsed.script, context: &context)
            found += diagnostics.map { $0.projected(into: origin).inFile("recipes/cache.md") }
        }
        #expect(found.map { "\($0.file ?? "")@\($0.range.start) \($0.code)" } == ["recipes/cache.md@20:32 RG3202"])
        // The note points at the Service the first block created, in file coordinates.
        let note = found.first?.notes.first
        #expect(note?.file == "recipes/cache.md")
        #expect(note?.range?.start == SourceLocation(line: 10, column: 26))
    }
}
