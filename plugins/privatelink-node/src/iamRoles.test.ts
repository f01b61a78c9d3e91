import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';

/*
 * The shipped CloudFormation roles (iam/privatelink-roles.cfn.yaml) against the AWS calls the
 * backend packages make: every call is allowed to the role that makes it, the reader can write
 * nothing, and the README policies say what the template grants.
 */
const PLUGINS = path.resolve(__dirname, '../..');
const TEMPLATE = path.resolve(__dirname, '../iam/privatelink-roles.cfn.yaml');
const BACKEND_PACKAGES = [
  'catalog-backend-module-privatelink',
  'privatelink-backend',
  'privatelink-node',
  'scaffolder-backend-module-privatelink',
];
const IAM_SERVICE: Record<string, string> = {
  '@aws-sdk/client-ec2': 'ec2',
  '@aws-sdk/client-cloudwatch': 'cloudwatch',
  '@aws-sdk/client-elastic-load-balancing-v2': 'elasticloadbalancing',
};
const READ = /^(Describe|Get|List)/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'testUtils' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
      ? [full]
      : [];
  });
}

/** `ec2:DescribeVpcs` for each command class or paginator a source file imports from the SDK. */
function actionsCalledBySource(): Set<string> {
  const actions = new Set<string>();
  for (const pkg of BACKEND_PACKAGES) {
    for (const file of sourceFiles(path.join(PLUGINS, pkg, 'src'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const [, names, from] of text.matchAll(
        /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/client-[a-z0-9-]+)'/g,
      )) {
        const service = IAM_SERVICE[from];
        if (!service) continue;
        for (const name of names
          .split(',')
          .map(n => n.trim().split(/\s+as\s+/)[0])) {
          const operation = name.match(/^(?:paginate(\w+)|(\w+)Command)$/);
          if (operation)
            actions.add(`${service}:${operation[1] ?? operation[2]}`);
        }
      }
      // Tags given at creation are authorised as ec2:CreateTags.
      if (text.includes('TagSpecifications')) actions.add('ec2:CreateTags');
    }
  }
  return actions;
}

function roleActions(template: any, role: string): Set<string> {
  const statements = template.Resources[role].Properties.Policies.flatMap(
    (p: any) => p.PolicyDocument.Statement,
  );
  return new Set(statements.flatMap((s: any) => [s.Action].flat()));
}

/**
 * The actions of the ```json role policy blocks in a README, one set per block that has a
 * Statement; a resource policy (its statements name a Principal, such as the change events'
 * queue policy) is not a role's.
 */
function readmePolicies(readme: string): Set<string>[] {
  return [...readme.matchAll(/```json\n([\s\S]*?)```/g)]
    .map(([, body]) => JSON.parse(body))
    .filter(
      doc => doc.Statement && !doc.Statement.some((s: any) => s.Principal),
    )
    .map(
      doc =>
        new Set<string>(doc.Statement.flatMap((s: any) => [s.Action].flat())),
    );
}

describe('the shipped IAM roles', () => {
  const template = parse(fs.readFileSync(TEMPLATE, 'utf8'));
  const called = actionsCalledBySource();
  const read = roleActions(template, 'ReadRole');
  const write = roleActions(template, 'WriteRole');

  it('finds the calls it checks', () => {
    expect(called).toContain('ec2:DescribeVpcEndpoints');
    expect(called).toContain('cloudwatch:GetMetricData');
    expect(called).toContain('ec2:CreateVpcEndpoint');
  });

  it('lets the reader make every read call and nothing else', () => {
    const reads = [...called].filter(a => READ.test(a.split(':')[1]));
    expect(reads.filter(a => !read.has(a))).toEqual([]);
    expect([...read].filter(a => !READ.test(a.split(':')[1]))).toEqual([]);
  });

  it('lets the writer make every write call, and only those', () => {
    const writes = [...called].filter(a => !READ.test(a.split(':')[1]));
    expect(writes.filter(a => !write.has(a))).toEqual([]);
    expect(
      [...write].filter(a => !READ.test(a.split(':')[1]) && !called.has(a)),
    ).toEqual([]);
  });

  it('limits endpoint creation to AWS and the named service owners', () => {
    const create =
      template.Resources.WriteRole.Properties.Policies[0].PolicyDocument.Statement.find(
        (s: any) => s.Action === 'ec2:CreateVpcEndpoint',
      );
    expect(Object.keys(create.Condition.StringEquals)).toEqual([
      'ec2:VpceServiceOwner',
    ]);
    expect(
      template.Resources.ReadRole.Properties.AssumeRolePolicyDocument
        .Statement[0].Condition,
    ).toBeDefined();
  });

  it('matches the policies the READMEs show', () => {
    const catalog = readmePolicies(
      fs.readFileSync(
        path.join(PLUGINS, 'catalog-backend-module-privatelink/README.md'),
        'utf8',
      ),
    );
    const scaffolder = readmePolicies(
      fs.readFileSync(
        path.join(PLUGINS, 'scaffolder-backend-module-privatelink/README.md'),
        'utf8',
      ),
    );
    expect(catalog).toEqual([read]);
    expect(scaffolder).toEqual([write]);
  });
});
