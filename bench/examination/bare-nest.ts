import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { args } from '../load';

/**
 * A reference for the results lookup benchmark: NestJS with one route and nothing else (no
 * middleware, guard, pipe, database or cache), on Express as the services run, or on Fastify. What
 * it answers per second at the same load is the most the framework allows a route on this machine;
 * the gateway's lookup then shows what its own middleware and work add (docs/adr/0022).
 *
 *   node dist/bench/examination/bare-nest.js --adapter express|fastify --port N --answer '<json>'
 */
const options = args();
const answer = JSON.parse(options.get('answer') ?? '{}') as object;

@Controller()
class ResultsController {
  @Get('results')
  results(): object {
    return answer;
  }
}

@Module({ controllers: [ResultsController] })
class BareModule {}

async function main() {
  const app =
    options.get('adapter') === 'fastify'
      ? await NestFactory.create(BareModule, new FastifyAdapter(), { logger: false })
      : await NestFactory.create(BareModule, { logger: false });
  await app.listen(Number(options.get('port')), '127.0.0.1');
  process.stdout.write('up\n');
}

void main();
