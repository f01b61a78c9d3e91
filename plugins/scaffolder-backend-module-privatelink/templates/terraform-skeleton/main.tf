# A VPC endpoint requested through the PrivateLink portal by ${{ values.requestedBy }} for
# ${{ values.owner }}: account ${{ values.accountId }}, region ${{ values.region }}.
# Apply it with the account's provider configuration, as the rest of this repository does.
{%- set resource = values.name | replace("-", "_") %}
{%- if values.createSecurityGroup %}

# Least privilege: HTTPS from the VPC (or the given CIDRs) only.
resource "aws_security_group" "${{ resource }}" {
  name        = "${{ values.name }}-endpoint"
  description = "HTTPS to the ${{ values.name }} endpoint"
  vpc_id      = "${{ values.vpcId }}"

  ingress {
    description = "HTTPS from the VPC"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [{% for cidr in values.allowedCidrs %}"${{ cidr }}"{% if not loop.last %}, {% endif %}{% endfor %}]
  }

  tags = {
    "${{ values.ownerTagKey }}" = "${{ values.owner }}"
    Name = "${{ values.name }}-endpoint"
  }
}
{%- endif %}

resource "aws_vpc_endpoint" "${{ resource }}" {
  vpc_id              = "${{ values.vpcId }}"
  service_name        = "${{ values.serviceName }}"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = [{% for id in values.subnetIds %}"${{ id }}"{% if not loop.last %}, {% endif %}{% endfor %}]
  security_group_ids  = [{% for id in values.securityGroupIds %}"${{ id }}", {% endfor %}{% if values.createSecurityGroup %}aws_security_group.${{ resource }}.id{% endif %}]
  private_dns_enabled = true

  tags = {
    "${{ values.ownerTagKey }}"  = "${{ values.owner }}"
    "privatelink:requested-by" = "${{ values.requestedBy }}"
{%- if values.vendor %}
    "privatelink:vendor"       = "${{ values.vendor }}"
{%- endif %}
    Name = "${{ values.name }}"
  }
}
