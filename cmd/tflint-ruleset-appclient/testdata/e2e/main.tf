variable "domain" {
  type = string
}

variable "env" {
  type    = string
  default = "dev"
}

variable "secret_url" {
  type      = string
  default   = "http://secret.example.com/cb"
  sensitive = true
}

locals {
  logout = "http://example.com/logout"
  units  = { access_token = "weeks" }
}

resource "aws_cognito_user_pool" "pool" {
  name = "pool"
}

resource "aws_cognito_user_pool_client" "web" {
  name         = "web-${var.env}"
  user_pool_id = aws_cognito_user_pool.pool.id

  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code", "implicit"]
  allowed_oauth_scopes                 = ["openid", "email", "profile"]
  supported_identity_providers         = ["COGNITO"]
  callback_urls = [
    "https://example.com/cb",
    "http://example.com/cb",
    "https://${var.domain}/cb",
    "http://${var.domain}/cb",
    var.secret_url,
  ]
  logout_urls = [local.logout]

  explicit_auth_flows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]

  access_token_validity = 2

  dynamic "token_validity_units" {
    for_each = [local.units]
    content {
      access_token = token_validity_units.value.access_token
    }
  }
}

resource "aws_cognito_managed_user_pool_client" "managed" {
  name_prefix  = "AmazonOpenSearchService-"
  user_pool_id = aws_cognito_user_pool.pool.id

  allowed_oauth_flows = ["client_credentials", "code"]
}

module "client" {
  source       = "./modules/client"
  callback_url = "http://module.example.com/cb"
}

variable "analytics" {
  type = list(object({ arn = string }))
}

# Unknown to tflint: the for_each of the dynamic block (a variable without
# default) and the pool ID. Two instances (count), each checked: tflint binds
# each instance's values to the expressions, and an item keeps its range.
resource "aws_cognito_user_pool_client" "unknowns" {
  count = 2

  name                          = "unknowns-${count.index}"
  user_pool_id                  = aws_cognito_user_pool.pool.id
  prevent_user_existence_errors = "ENABLED"
  explicit_auth_flows           = ["ADMIN_NO_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] # tflint-ignore: flows.legacy
  callback_urls                 = ["https://example.com/${count.index}", "http://example.com/${count.index}"]

  dynamic "analytics_configuration" {
    for_each = var.analytics
    content {
      application_arn = analytics_configuration.value.arn
    }
  }
}
