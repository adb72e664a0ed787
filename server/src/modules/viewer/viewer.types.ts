import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import type { Role } from '@coverline/domain';

@ObjectType('Viewer', { description: 'The signed-in person or system making the request.' })
export class ViewerObject {
  @Field(() => ID) id!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { description: "The viewer's email; for an API key, the key's name." }) email!: string;
  @Field(() => String) name!: string;
}
