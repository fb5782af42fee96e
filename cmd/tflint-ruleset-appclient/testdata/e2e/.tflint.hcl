# The sample configuration of .ci/e2e-tflint.sh: the appclient ruleset,
# installed locally (no source, so tflint init downloads nothing), with one
# rule disabled by its ID.
config {
  call_module_type = "local"
}

# The bundled terraform ruleset is off: the golden holds our issues only.
plugin "terraform" {
  enabled = false
}

plugin "appclient" {
  enabled = true
}

rule "flows.password" {
  enabled = false
}
