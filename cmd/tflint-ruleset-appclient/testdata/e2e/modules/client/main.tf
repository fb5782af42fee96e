variable "callback_url" {
  type = string
}

resource "aws_cognito_user_pool_client" "in_module" {
  name                = "in-module"
  user_pool_id        = "us-east-1_AbCdEfGhI"
  allowed_oauth_flows = ["code"]
  callback_urls       = [var.callback_url, "https://example.com/cb#frag"]
}
